path="$1"
bucket="$2"
echo "uploading $path to $bucket" >&2
echo "s3://$bucket/$(basename "$path")"
