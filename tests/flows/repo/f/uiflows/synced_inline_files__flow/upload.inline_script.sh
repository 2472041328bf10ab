# shellcheck shell=bash
bucket="$1"
file_name="$2"
prefix="${3:-exports}"  # folder inside the bucket
echo "uploading to s3://$bucket/$prefix/$file_name"
