seconds="${1:-300}"
echo "waiting ${seconds}s before the next round"
sleep "$seconds"
echo "{\"waited\": $seconds}"
