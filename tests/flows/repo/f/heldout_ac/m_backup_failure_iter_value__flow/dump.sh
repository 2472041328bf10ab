db_name="$1"
bucket_key="$2"
set -euo pipefail
stamp=$(date -u +%Y%m%dT%H%M%SZ)
pg_dump --format=custom --no-owner "$db_name" | aws s3 cp - "s3://acme-db-backups/${bucket_key}/${stamp}.dump"
echo "${bucket_key}/${stamp}.dump"
