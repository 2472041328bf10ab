# SDK: wmill 1.850.0 task_script; the query now names $1 `region` (its .script.yaml still says region_code).
from wmill import task_script, workflow

revenue = task_script("f/billing/revenue_by_region")


@workflow
async def main(region: str):
    return await revenue(database="$res:f/billing/warehouse", region_code=region)  # expect: WAC402
