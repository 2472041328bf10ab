# SDK: wmill 1.850.0 replays the body; os.environ may differ between the worker runs of each replay.
import os

from wmill import task_script, workflow

page_oncall = task_script("f/ops/page_oncall")


@workflow
async def main(service: str):
    dry = os.environ.get("OPS_DRY_RUN") == "1"  # expect: WAC102
    return await page_oncall(service=service, dry_run=dry)
