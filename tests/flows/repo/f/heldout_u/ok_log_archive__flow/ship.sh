service="$1"
days="${2:-30}"
bucket="${3:-acme-log-archive}"

set -euo pipefail
cutoff=$(date -d "-${days} days" +%Y-%m-%d)
count=0
for f in /var/log/apps/"$service"/*.log.gz; do
  [ -e "$f" ] || continue
  day=$(basename "$f" .log.gz | cut -d_ -f2)
  if [[ "$day" < "$cutoff" ]]; then
    aws s3 cp "$f" "s3://$bucket/$service/$day.log.gz" --storage-class GLACIER --only-show-errors
    rm -f "$f"
    count=$((count + 1))
  fi
done
echo "{\"service\": \"$service\", \"files\": $count}" > result.json
