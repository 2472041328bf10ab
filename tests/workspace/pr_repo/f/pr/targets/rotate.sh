#!/bin/bash
env="$1"
keep="${2:-5}"
echo "rotating $env keeping $keep"
