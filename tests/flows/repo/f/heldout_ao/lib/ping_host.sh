host="$1"
port="${2:-443}"

if timeout 5 bash -c "</dev/tcp/${host}/${port}" 2>/dev/null; then
  echo "up"
else
  echo "down"
fi
