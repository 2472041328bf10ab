"""Where the clinic platform runs."""

ACTIVE_REGIONS = {"eu-west", "us-east", "ap-south", "eu-north"}

REGION_ORDER = ["eu-west", "eu-north", "us-east", "ap-south"]
