enclosure="$1"
grams="$2"
set -euo pipefail
curl -fsS -X POST "http://feeders.zoo.internal/$enclosure/dispense?grams=$grams"
echo "dispensed $grams g in $enclosure"
