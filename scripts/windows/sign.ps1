# Signs files with Authenticode (SHA-256, RFC 3161 time stamp), for the Windows workflow.
#   sign.ps1 FILE...
# The certificate comes from the environment: SIGNING_CERTIFICATE (a base64 .pfx) and
# SIGNING_PASSWORD. The .pfx is written to a temporary file only for as long as signtool runs.
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Files)
$ErrorActionPreference = 'Stop'

if (-not $env:SIGNING_CERTIFICATE) { throw 'SIGNING_CERTIFICATE is not set' }
$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
    Sort-Object FullName -Descending | Select-Object -First 1
if (-not $signtool) { throw 'signtool.exe (Windows SDK) was not found' }

$pfx = Join-Path ([System.IO.Path]::GetTempPath()) ([System.IO.Path]::GetRandomFileName() + '.pfx')
try {
    [System.IO.File]::WriteAllBytes($pfx, [System.Convert]::FromBase64String($env:SIGNING_CERTIFICATE))
    foreach ($file in $Files) {
        & $signtool.FullName sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 `
            /f $pfx /p $env:SIGNING_PASSWORD /d JoinDoctor $file
        if ($LASTEXITCODE -ne 0) { throw "signtool failed for $file" }
        & $signtool.FullName verify /pa $file
        if ($LASTEXITCODE -ne 0) { throw "the signature of $file does not verify" }
    }
} finally {
    Remove-Item -Force -ErrorAction SilentlyContinue $pfx
}
