host="$1"
remote_dir="$2"
ssh_key="$3"
set -euo pipefail
keyfile=$(mktemp)
printf '%s\n' "$ssh_key" > "$keyfile"
chmod 600 "$keyfile"
mkdir -p ./shared/prices
sftp -i "$keyfile" -o StrictHostKeyChecking=accept-new -b - "import@$host" <<SFTP
lcd ./shared/prices
mget $remote_dir/*.csv
SFTP
rm -f "$keyfile"
ls ./shared/prices | paste -sd, -
