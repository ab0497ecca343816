# Intune remediation, remediation script: start the join again, as JoinDoctor's "Retry join" does.
# Runs as SYSTEM. Starts the scheduled task Automatic-Device-Join (the task Windows itself uses
# for hybrid join), waits up to five minutes for it, and reports the task's result. It changes
# nothing else; a device that is deleted or disabled in Azure AD needs "Leave and re-join" by IT.
$ErrorActionPreference = 'Stop'
$taskPath = '\Microsoft\Windows\Workplace Join\'
$taskName = 'Automatic-Device-Join'

$task = Get-ScheduledTask -TaskPath $taskPath -TaskName $taskName -ErrorAction SilentlyContinue
if (-not $task) {
    Write-Output "The task $taskPath$taskName does not exist"
    exit 1
}
if ($task.State -eq 'Disabled') {
    Write-Output "The task $taskPath$taskName is disabled (Group Policy?); not enabled here"
    exit 1
}
Start-ScheduledTask -TaskPath $taskPath -TaskName $taskName
$deadline = (Get-Date).AddMinutes(5)
do {
    Start-Sleep -Seconds 10
    $state = (Get-ScheduledTask -TaskPath $taskPath -TaskName $taskName).State
} while ($state -eq 'Running' -and (Get-Date) -lt $deadline)

$info = Get-ScheduledTaskInfo -TaskPath $taskPath -TaskName $taskName
Write-Output ("Automatic-Device-Join ran; last result 0x{0:x8}" -f $info.LastTaskResult)
exit ([int]($info.LastTaskResult -ne 0))
