# SDK: wmill 1.850.0 task_script; revenue_by_region.pg.sql takes database, region and since (default), all by keyword.
from wmill import task_script, workflow

revenue = task_script("f/billing/revenue_by_region")
rotate = task_script("f/ops/rotate_logs")


@workflow
async def main(regions: list[str], since: str = "2024-01-01"):
    totals = {}
    for region in regions:
        totals[region] = await revenue(database="$res:f/billing/warehouse", region=region, since=since)
    await rotate(service="reporting", keep_days="30")
    return totals
