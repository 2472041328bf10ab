set -euo pipefail
TAG="${1:?tag is required}"
CHANNEL="${2:-stable}"

workdir="$(mktemp -d)"
gh release download "$TAG" --repo acme/agent --dir "$workdir" --pattern '*.tar.gz'
aws s3 cp "$workdir" "s3://acme-downloads/${CHANNEL}/${TAG}/" --recursive --only-show-errors
ls "$workdir" | wc -l | tr -d ' '
