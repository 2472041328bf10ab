# SDK: wmill 1.850.0 client.py: task_script("./x.py") runs a module of this script
"""Main replacement planning: list the zone's pipe segments oldest first, validate the
work sites, open a work order per segment in the budget."""

from wmill import step, task_script, workflow

from f.common.gis import GisClient, oldest_first
from f.common.tasks import open_work_order

validate = task_script("./validate_site.py")  # expect: WAC401

COST_PER_SEGMENT = 18_000


@workflow
async def main(zone: str, budget: int, dry_run: bool = True):
    segments = oldest_first(GisClient.from_env().segments(zone))  # expect: WAC101, WAC102
    affordable = segments[: max(0, budget // COST_PER_SEGMENT)]
    planned = []
    for seg in affordable:
        site = f"zone/{zone}/{seg['id']}"
        check = await validate(site=site, zone=zone)
        if not check.get("valid"):
            continue
        if dry_run:
            planned.append({"site": site, "valve": GisClient.valve_label(seg)})
            continue
        wo = await open_work_order(site=site, priority=3, note="main replacement")
        planned.append({"site": site, "work_order": wo})
    spent = await step("spent", lambda: len(planned) * COST_PER_SEGMENT)
    return {"zone": zone, "planned": planned, "spent": spent}
