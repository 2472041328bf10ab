db_name="$1"
pg_url="$2"
bucket="$3"

set -euo pipefail

stamp=$(date -u +%Y%m%dT%H%M%SZ)
key="pg/${db_name}/${db_name}-${stamp}.dump"

pg_dump --format=custom --no-owner "${pg_url}/${db_name}" | aws s3 cp - "s3://${bucket}/${key}"
echo "{\"db\": \"${db_name}\", \"key\": \"${key}\"}"
