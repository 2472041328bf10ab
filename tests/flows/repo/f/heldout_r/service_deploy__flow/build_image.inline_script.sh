service="$1"
version="$2"
migrated="$3"
echo "building $service:$version after $migrated migrations" >&2
echo "registry.example.com/$service:$version"
