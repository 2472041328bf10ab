host="$1"
remote_dir="$2"
since_hours="${3:-24}"
ssh_key="$4"

set -euo pipefail
keyfile=$(mktemp)
printf '%s\n' "$ssh_key" > "$keyfile"
chmod 600 "$keyfile"
mkdir -p /tmp/ingest
sftp -i "$keyfile" -o StrictHostKeyChecking=accept-new -b - "acme@${host}" <<EOF2
lcd /tmp/ingest
cd ${remote_dir}
mget *.csv
EOF2
files=$(find /tmp/ingest -name '*.csv' -mmin "-$((since_hours * 60))" -printf '"%p",' | sed 's/,$//')
echo "{\"files\": [${files}]}"
