service="$1"
drain_seconds="${2:-30}"
echo "draining $service for ${drain_seconds}s, then restarting"
