service="$1"
dry_run="${2:-true}"
echo "rotating $service (dry run: $dry_run)"
