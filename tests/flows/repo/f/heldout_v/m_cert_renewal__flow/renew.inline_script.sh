hosts="$1"
namespace="${2:-ingress}"

set -euo pipefail

for host in $hosts; do
  secret="tls-${host//./-}"
  kubectl -n "$namespace" annotate certificate "$secret" cert-manager.io/issue-temporary-certificate="true" --overwrite
  cmctl renew -n "$namespace" "$secret"
done
echo "renewed: $hosts"
