set -euo pipefail

host="$1"
log_dir="$2"
keep_days="${3}"

ssh -o BatchMode=yes "deploy@$host" bash -s <<REMOTE
set -e
cd "$log_dir"
find . -name '*.log' -mtime +"$keep_days" -print0 | xargs -0 -r gzip -9
aws s3 sync . "s3://acme-legacy-logs/$host/" --exclude '*' --include '*.gz'
find . -name '*.gz' -mtime +"$keep_days" -delete
REMOTE

echo "{\"host\": \"$host\", \"ok\": true}"
