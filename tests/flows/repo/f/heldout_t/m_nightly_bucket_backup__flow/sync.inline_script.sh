bucket="$1"
prefix="$2"
bwlimit="${3:-50M}"
set -euo pipefail
rclone sync "s3:$bucket" "glacier:backups/$prefix" --bwlimit "$bwlimit" --transfers 16 --stats-one-line -v >&2
count=$(rclone size "glacier:backups/$prefix" --json | jq .count)
echo "{\"objects\": $count}"
