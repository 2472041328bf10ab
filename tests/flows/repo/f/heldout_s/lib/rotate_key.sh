#!/usr/bin/env bash
set -euo pipefail
service="$1"
vault_addr="$2"
ttl="${3:-24h}"

echo "rotating key for ${service} (ttl ${ttl}) at ${vault_addr}" >&2
new_key=$(openssl rand -hex 32)
echo "{\"service\": \"${service}\", \"fingerprint\": \"$(echo -n "$new_key" | sha256sum | cut -c1-16)\"}"
