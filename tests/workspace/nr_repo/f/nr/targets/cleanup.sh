#!/bin/bash
# shellcheck shell=bash
bucket="$1"
days="${2:-30}"
echo "cleaning $bucket older than $days days"
