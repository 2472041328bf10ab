set -euo pipefail
readonly bucket="$1"
readonly day="$2"

src="/srv/galleries/delivered/${day}"
if [ ! -d "$src" ]; then
  echo "nothing delivered on ${day}"
  exit 0
fi
aws s3 sync "$src" "s3://${bucket}/galleries/${day}/" --storage-class DEEP_ARCHIVE --only-show-errors
du -sh "$src" | cut -f1
