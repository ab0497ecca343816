# Intune remediation, detection script: is this device fully hybrid Azure AD joined?
# Runs JoinDoctor on the device (as SYSTEM, as Intune runs it), writes the first failing step's
# code and headline for Intune's "detection output" column, and exits 1 when one of the device's
# own steps (1-5) fails, or the device is disabled or deleted in Azure AD; that starts the
# remediation script. The rest of step 6 (the user's PRT) cannot be judged as SYSTEM.
$ErrorActionPreference = 'Stop'
$joindoctor = Join-Path $env:ProgramFiles 'JoinDoctor\bin\joindoctor-cli.exe'
if (-not (Test-Path $joindoctor)) {
    Write-Output 'JoinDoctor is not installed'
    exit 0 # nothing to judge with; deploy JoinDoctor first
}

$capture = Join-Path $env:TEMP ("joindoctor-{0}.jdcapture" -f [guid]::NewGuid())
try {
    & $joindoctor --collect $capture --redact | Out-Null
    if ($LASTEXITCODE -ne 0) {
        Write-Output "joindoctor --collect failed with exit code $LASTEXITCODE"
        exit 0
    }
    $json = & $joindoctor --analyze $capture --format json --lang en | Out-String
    $code = $LASTEXITCODE # 0 healthy, 1 problem, 2 input error, 3 not enough information,
                          # 5 hybrid join cannot happen here (workgroup, only registered)
} finally {
    Remove-Item -Force -ErrorAction SilentlyContinue $capture
}
if ($code -eq 2) {
    Write-Output 'JoinDoctor could not read the capture'
    exit 0
}

$result = $json | ConvertFrom-Json
if ($code -eq 5) {
    # Not compliant: a device meant to be hybrid joined is in a workgroup or only registered.
    # The remediation cannot join a domain; the output tells IT what to do.
    Write-Output ("OUT-OF-SCOPE ({0}): {1}" -f $result.joinType, $result.headline)
    exit 1
}
$step = $result.firstFailingStep
if ($null -ne $step) {
    $failing = $result.steps | Where-Object { $_.step -eq $step }
    if ($step -le 5 -or $failing.code -eq 'S6-DEVICE-DISABLED-OR-DELETED') {
        Write-Output ("{0}: {1}" -f $failing.code, $result.headline)
        exit 1
    }
}
Write-Output ("OK ({0}, join type {1})" -f $result.verdict, $result.joinType)
exit 0
