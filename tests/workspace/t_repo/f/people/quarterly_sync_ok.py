# SDK: wmill 1.850.0 client.py: task_script / task_flow dispatch by path with keyword arguments
from wmill import task_flow, task_script, workflow

sync_directory = task_script("f/people/sync_directory", timeout=1800)
export_badges = task_script("u/nadia/export_badges")
offboarding = task_flow("f/people/offboarding")


@workflow
async def main(regions: list[str], leavers: list[str]):
    synced = []
    for region in regions:
        synced.append(await sync_directory(region=region, dry_run=False, batch_size=500))
    await export_badges(employee_ids=leavers, site="porto")
    done = await offboarding(employee_ids=leavers, region=regions[0])
    return {"synced": synced, "offboarding": done}
