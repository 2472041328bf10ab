#!/usr/bin/env bash
set -euo pipefail

bucket="$1"
prefix="$2"
older_than_days="${3:-30}"

echo "archiving s3://${bucket}/${prefix} older than ${older_than_days} days"
