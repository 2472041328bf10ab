repo="$1"
sha="$2"
branch="$3"
set -euo pipefail
slug=$(echo "$branch" | tr '/' '-' | tr '[:upper:]' '[:lower:]')
git clone --depth 1 "https://github.com/$repo.git" src >&2
cd src && git fetch --depth 1 origin "$sha" >&2 && git checkout "$sha" >&2
npm ci >&2 && npm run build >&2
aws s3 sync dist "s3://previews.internal/$slug/" --delete >&2
echo "{\"preview_url\": \"https://$slug.previews.internal\", \"sha\": \"$sha\"}"
