"""Site configuration, read once when the module loads."""

import os
from datetime import datetime, timezone

SITE = os.environ.get("RCC_SITE", "ann-arbor")
CLUSTER = "greatlakes"
DEFAULT_ACCOUNT = "rcc_general"
SCRATCH_ROOT = "/scratch"
# stamped into reports so we can tell which deploy produced them
LOADED_AT = datetime.now(timezone.utc).isoformat(timespec="seconds")
