order_id="$1"
design_url="$2"

set -euo pipefail
mkdir -p ./shared
curl -fsSL "$design_url" -o design.svg
rsvg-convert -f pdf -w 1063 -h 638 design.svg -o "./shared/${order_id}-proof.pdf"
echo "./shared/${order_id}-proof.pdf"
