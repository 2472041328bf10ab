host="$1"
remote_dir="$2"
for f in ./shared/prices/*.csv; do
  echo "rename $remote_dir/$(basename "$f") $remote_dir/archive/$(basename "$f")"
done | sftp -b - "import@$host"
echo "archived"
