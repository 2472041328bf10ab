# SDK: wmill 1.850.0 task_script sends kwargs as the job's args; the SQL script takes database, region, since (default).
from wmill import task_script, workflow

revenue = task_script("f/billing/revenue_by_region")


@workflow
async def main(region: str):
    return await revenue(database="$res:f/billing/warehouse", region=region)
