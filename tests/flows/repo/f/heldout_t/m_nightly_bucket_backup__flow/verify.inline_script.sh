bucket="$1"
prefix="$2"
set -euo pipefail
rclone check "s3:$bucket" "glacier:backups/$prefix" --one-way --size-only >&2
echo "ok"
