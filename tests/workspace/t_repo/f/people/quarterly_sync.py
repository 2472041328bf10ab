# SDK: wmill 1.850.0 client.py: task_script(path) dispatches the script at `path` with the kwargs given; task_flow the flow
from wmill import task_flow, task_script, workflow

sync_directory = task_script("f/people/sync_directory", timeout=1800)
sync_contractors = task_script("f/people/sync_contractor_directory")  # expect: WAC401
export_badges = task_script("u/nadia/export_badges")
offboarding_as_script = task_script("f/people/offboarding")  # expect: WAC401
offboarding = task_flow("f/people/offboarding")


@workflow
async def main(regions: list[str], leavers: list[str]):
    synced = []
    for region in regions:
        synced.append(await sync_directory(region=region, dryrun=False))  # expect: WAC402
    await sync_contractors(region="all")
    await export_badges(employee_ids=leavers)
    await offboarding_as_script(employee_ids=leavers)
    done = await offboarding(employee_ids=leavers, region=regions[0])
    return {"synced": synced, "offboarding": done}
