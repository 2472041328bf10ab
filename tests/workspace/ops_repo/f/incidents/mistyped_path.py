# SDK: wmill 1.850.0 task_script keys the job by the path as written; no f/ops/page_on_call exists in the repo.
from wmill import task_script, workflow

page = task_script("f/ops/page_on_call")  # expect: WAC401


@workflow
async def main(service: str):
    return await page(service=service)
