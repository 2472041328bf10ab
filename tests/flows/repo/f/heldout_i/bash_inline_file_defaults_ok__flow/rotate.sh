#!/bin/bash
set -euo pipefail
host="$1"
retention_days="${2:-7}"
LOG_DIR="/var/log/app"

ssh "$host" "find $LOG_DIR -mtime +$retention_days -delete"
echo "{\"host\": \"$host\"}" > result.json
