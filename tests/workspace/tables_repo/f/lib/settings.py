"""Settings derived from the remote feature flags."""
from f.lib.flags import FLAGS

DRY_RUN = bool(FLAGS.get("dry_run", True))
BATCH = int(FLAGS.get("batch", 100))
