partner="$1"
feed_url="$2"
passphrase="$3"

host="sftp.${partner}.example.net"
tmp=$(mktemp)
curl -fsSL "$feed_url" -o "$tmp"
SSHPASS="$passphrase" sshpass -e sftp -oBatchMode=no -oStrictHostKeyChecking=accept-new "feeds@${host}" <<SFTP
put $tmp incoming/products.csv
SFTP
echo "{\"partner\": \"${partner}\", \"uploaded\": true}"
