# SDK: wmill 1.850.0; importing f.lib.feature_flags runs its module-level requests.get, and the
# script runs again from the top at every replay (the launch post: "the script exits").
from wmill import task_script, workflow

from f.lib.feature_flags import enabled  # expect: WAC101

page_oncall = task_script("f/ops/page_oncall")


@workflow
async def main(service: str):
    return await page_oncall(service=service, dry_run=not enabled("paging"))
