#!/usr/bin/env bash
set -euo pipefail
service="$1"
keep_days="${2:-14}"
journalctl --vacuum-time="${keep_days}d" --unit "$service"
