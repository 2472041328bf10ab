#!/bin/bash
service="$1"
dry_run="${2:-false}"
echo "rotating $service (dry run: $dry_run)"
