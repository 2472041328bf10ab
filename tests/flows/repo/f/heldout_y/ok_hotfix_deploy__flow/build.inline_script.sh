ref="$1"

set -euo pipefail
tag="registry.acme.test/api:hotfix-${ref//\//-}"
echo "building $tag" >&2
echo "$tag"
