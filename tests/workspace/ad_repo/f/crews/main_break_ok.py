# SDK: wmill 1.850.0 client.py: task_script("./x.py") runs a module of this script
"""Main break response: read the zone's segments in a step, validate the site with the
folder's own validator, open the work order."""

from wmill import step, task_script, workflow

from f.common.gis import GisClient, oldest_first
from f.common.tasks import open_work_order

validate = task_script("./validate_site.py")


def fetch_segments(zone: str) -> list[dict]:
    return oldest_first(GisClient.from_env().segments(zone))


@workflow
async def main(zone: str, segment_id: str):
    segments = await step("segments", lambda: fetch_segments(zone))
    seg = next((s for s in segments if s["id"] == segment_id), None)
    if seg is None:
        return {"zone": zone, "status": "unknown segment"}
    site = f"zone/{zone}/{segment_id}"
    check = await validate(site=site, zone=zone)
    if not check.get("valid"):
        return {"zone": zone, "status": "invalid site"}
    wo = await open_work_order(site=site, priority=1, note=f"break at {GisClient.valve_label(seg)}")
    return {"zone": zone, "work_order": wo}
