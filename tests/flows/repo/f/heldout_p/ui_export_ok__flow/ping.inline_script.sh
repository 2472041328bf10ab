host="$1"
echo "$host"
