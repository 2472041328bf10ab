"""Deployment regions and the tag of this build."""

import uuid

REGIONS = {"eu-west-1", "us-east-1", "ap-south-1"}
ORDERED_REGIONS = ("eu-west-1", "us-east-1", "ap-south-1")
RUN_TAG = uuid.uuid4().hex[:8]
BUILD = "2026.12"
