# SDK: none; constants only (task_script/task_flow paths of this workspace)
"""Where the fleet's scripts and flows live. Moved folders once; keep these in one place."""

import posixpath

FLEET = "f/fleet"
GEOCODE_BATCH = FLEET + "/geocode_batch"
RENDER_REPORT = posixpath.join(FLEET, "render_report")
NIGHTLY_ROLLUP = "/".join([FLEET, "nightly_rollup"])
PURGE_STALE = FLEET + "/purge_stale"
