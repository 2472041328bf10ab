set -euo pipefail
record_name="$1"
expected="$2"

found=$(dig +short TXT "$record_name" @1.1.1.1 | tr -d '"')
if [ "$found" != "$expected" ]; then
  echo "TXT record for $record_name not visible yet (got '$found')" >&2
  exit 1
fi
echo "true"
