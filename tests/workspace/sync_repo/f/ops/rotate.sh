service="$1"
keep="${2:-7}"
echo "rotating $service keeping $keep"
