# Intune remediation, detection script: is this device fully hybrid Azure AD joined?
# Runs JoinDoctor on the device (as SYSTEM, as Intune runs it) and exits 1 when one of the
# device's own steps (1-5) fails, the device is disabled or deleted in Azure AD, or hybrid join
# cannot happen on it (a workgroup or only registered device); exit 1 starts the remediation
# script. The rest of step 6 (the user's PRT) cannot be judged as SYSTEM.
#
# Output, for Intune's "Pre-remediation detection output" column: exactly one line of compact
# JSON, on every path, for example
#   {"jd":1,"device":"PC-KBH-0142","joinType":"domainOnly","verdict":"problem","firstFailingStep":4,
#    "code":"S4-NOT-SYNCED","status":["passed","passed","unknown","failed","unknown","failed"],
#    "codes":["S1-SCP-OK","S2-OK","S3-CERT-NOT-VISIBLE","S4-NOT-SYNCED","S5-NOT-VISIBLE",
#    "S6-NOT-JOINED"],"takenAt":"2026-11-25T08:02:41Z","version":"0.1.0"}
# (printed on one line). "code" is the first failing step's code and "firstFailingStep" its
# number, both null when no step fails; "status" and "codes" list steps 1-6; "takenAt" is when
# dsregcmd ran (null when unknown); "version" is JoinDoctor's version. When JoinDoctor cannot
# judge the device, the line is {"jd":1,"device":"...","error":"<reason>"} and the script exits 0.
# "jd" is the line format's version.
#
# "device" is $env:COMPUTERNAME, not the report's device name: the capture is collected with
# --redact, so the report holds placeholders, and Intune lists the device's name anyway.
#
# Many devices: export the remediation's device status from the Intune admin center as CSV and
# run `joindoctor --fleet export.csv`; it reads these lines, one device per row.
$ErrorActionPreference = 'Stop'

# Intune keeps at most 2,048 characters of a detection script's output (Microsoft Learn,
# "Remediations", Script requirements). A line cut short is no longer JSON and the fleet report
# would lose the device, so Write-JoinDoctorLine leaves out the least needed fields until the
# line fits: "codes" first (the failing step's code stays in "code"), then "status".
$outputLimit = 2048

function Write-JoinDoctorLine([System.Collections.Specialized.OrderedDictionary] $fields) {
    $text = ConvertTo-Json -InputObject $fields -Compress -Depth 3
    foreach ($optional in @('codes', 'status')) {
        if ($text.Length -le $outputLimit) {
            break
        }
        if ($fields.Contains($optional)) {
            $fields.Remove($optional)
            $text = ConvertTo-Json -InputObject $fields -Compress -Depth 3
        }
    }
    Write-Output $text
}

function Write-JoinDoctorError([string] $reason) {
    Write-JoinDoctorLine ([ordered]@{ jd = 1; device = $env:COMPUTERNAME; error = $reason })
}

$joindoctor = Join-Path $env:ProgramFiles 'JoinDoctor\bin\joindoctor-cli.exe'
if (-not (Test-Path $joindoctor)) {
    Write-JoinDoctorError 'JoinDoctor is not installed'
    exit 0 # nothing to judge with; deploy JoinDoctor first
}

$capture = Join-Path $env:TEMP ("joindoctor-{0}.jdcapture" -f [guid]::NewGuid())
try {
    & $joindoctor --collect $capture --redact | Out-Null
    if ($LASTEXITCODE -ne 0) {
        Write-JoinDoctorError "joindoctor --collect failed with exit code $LASTEXITCODE"
        exit 0
    }
    $json = & $joindoctor --analyze $capture --format json --lang en | Out-String
    $code = $LASTEXITCODE # 0 healthy, 1 problem, 2 input error, 3 not enough information,
                          # 5 hybrid join cannot happen here (workgroup, only registered)
} finally {
    Remove-Item -Force -ErrorAction SilentlyContinue $capture
}
if ($code -eq 2) {
    Write-JoinDoctorError 'JoinDoctor could not read the capture'
    exit 0
}
try {
    $result = $json | ConvertFrom-Json
} catch {
    $result = $null
}
if ($null -eq $result) {
    Write-JoinDoctorError "JoinDoctor's report could not be read (exit code $code)"
    exit 0
}

$steps = @($result.steps | Sort-Object { [int]$_.step })
$step = $result.firstFailingStep
$failing = $null
if ($null -ne $step) {
    $failing = $steps | Where-Object { $_.step -eq $step } | Select-Object -First 1
}

# Windows PowerShell 5.1 keeps takenAt a string; PowerShell 7 turns ISO times into DateTime.
$takenAt = $result.captureTrust.takenAt
if ($takenAt -is [datetime]) {
    $takenAt = $takenAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'",
        [System.Globalization.CultureInfo]::InvariantCulture)
}
$failingCode = $null
if ($null -ne $failing) {
    $failingCode = [string]$failing.code
}
$firstFailingStep = $null
if ($null -ne $step) {
    $firstFailingStep = [int]$step
}

Write-JoinDoctorLine ([ordered]@{
    jd               = 1
    device           = $env:COMPUTERNAME
    joinType         = [string]$result.joinType
    verdict          = [string]$result.verdict
    firstFailingStep = $firstFailingStep
    code             = $failingCode
    status           = [string[]]@($steps | ForEach-Object { [string]$_.status })
    codes            = [string[]]@($steps | ForEach-Object { [string]$_.code })
    takenAt          = $takenAt
    version          = [string]$result.joinDoctorVersion
})

if ($code -eq 5) {
    # Not compliant: a device meant to be hybrid joined is in a workgroup or only registered.
    # The remediation cannot join a domain; "joinType" and "verdict" tell IT what to do.
    exit 1
}
if ($null -ne $step) {
    if ($step -le 5 -or $failingCode -eq 'S6-DEVICE-DISABLED-OR-DELETED') {
        exit 1
    }
}
exit 0
