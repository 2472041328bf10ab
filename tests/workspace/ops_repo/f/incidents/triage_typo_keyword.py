# SDK: wmill 1.850.0 task_script wrapper(**kwargs): an unknown name reaches the child as an extra arg, `service` stays unset.
from wmill import task_script, workflow

page_oncall = task_script("f/ops/page_oncall")


@workflow
async def main(service: str):
    return await page_oncall(servce=service, dry_run=True)  # expect: WAC402
