region="$1"
echo "dunning run for ${region} started at $(date -u +%FT%TZ)"
