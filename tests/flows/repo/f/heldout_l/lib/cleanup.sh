dir="$1"
days="${2:-7}"
find "$dir" -mtime +"$days" -print
