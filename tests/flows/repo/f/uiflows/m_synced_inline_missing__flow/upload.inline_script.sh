bucket="$1"
file_name="$2"
echo "uploading $file_name to $bucket"
