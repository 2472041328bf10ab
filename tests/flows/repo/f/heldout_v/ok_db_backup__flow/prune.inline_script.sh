bucket="$1"
keep_days="${2:-14}"

set -euo pipefail

cutoff=$(date -u -d "-${keep_days} days" +%Y-%m-%d)
aws s3 ls "s3://${bucket}/pg/" --recursive | while read -r day time size key; do
  if [[ "$day" < "$cutoff" ]]; then
    aws s3 rm "s3://${bucket}/${key}"
  fi
done
echo "pruned before ${cutoff}"
