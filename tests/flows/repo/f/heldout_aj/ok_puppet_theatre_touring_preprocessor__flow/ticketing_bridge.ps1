param(
    [Parameter(Mandatory)][string]$VenueId,
    [Parameter(Mandatory)][string]$Show,
    [string]$Dates = ""
)

$ErrorActionPreference = "Stop"
$dateList = $Dates -split ","
foreach ($d in $dateList) {
    & "C:\TicketBridge\tb.exe" add-performance --venue $VenueId --show $Show --date $d | Out-Null
}
Write-Output "$($dateList.Count) performances registered"
