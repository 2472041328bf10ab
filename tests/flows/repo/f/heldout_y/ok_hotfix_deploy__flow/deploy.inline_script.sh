image="$1"
env="$2"

set -euo pipefail
echo "deploying $image to $env"
