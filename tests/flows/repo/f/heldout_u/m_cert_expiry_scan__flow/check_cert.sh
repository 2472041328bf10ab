HOST=$1
WARN_DAYS="${2:-21}"

end_date=$(echo | openssl s_client -servername "$HOST" -connect "$HOST:443" 2>/dev/null \
  | openssl x509 -noout -enddate | cut -d= -f2)
if [ -z "$end_date" ]; then
  echo "could not read certificate of $HOST" >&2
  exit 1
fi
end_epoch=$(date -d "$end_date" +%s)
now_epoch=$(date +%s)
days_left=$(( (end_epoch - now_epoch) / 86400 ))
echo "{\"host\": \"$HOST\", \"days_left\": $days_left, \"warn\": $([ "$days_left" -le "$WARN_DAYS" ] && echo true || echo false)}" > result.json
