param(
    [Parameter(Mandatory = $true)]
    [string]$Pantry,
    [Parameter(Mandatory = $true)]
    [string]$LinesJson,
    [string]$Week = "current"
)

$lines = $LinesJson | ConvertFrom-Json
$target = "\\warehouse-fs\picklists\$Week"
New-Item -ItemType Directory -Force -Path $target | Out-Null
$file = Join-Path $target ("{0}.csv" -f ($Pantry -replace '[^A-Za-z0-9]', '_'))
$lines | Select-Object sku, qty | Export-Csv -NoTypeInformation -Path $file
Write-Output (@{ pantry = $Pantry; file = $file; lines = $lines.Count } | ConvertTo-Json -Compress)
