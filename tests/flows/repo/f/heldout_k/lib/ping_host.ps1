[CmdletBinding()]
param(
  [Parameter(Mandatory=$true)][string]$Target,
  [int]$Count = 4
)
Test-Connection -TargetName $Target -Count $Count
