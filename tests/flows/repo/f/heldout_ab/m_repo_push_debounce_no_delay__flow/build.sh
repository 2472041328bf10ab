repo="$1"
commit_count="${2:-0}"

set -euo pipefail
workdir=$(mktemp -d)
git clone --depth 1 "https://github.com/${repo}.git" "$workdir/src"
cd "$workdir/src/docs"
npm ci --silent
npm run build
echo "built ${repo} after ${commit_count} commits"
