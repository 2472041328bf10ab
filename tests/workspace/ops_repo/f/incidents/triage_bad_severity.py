# SDK: wmill 1.850.0 task_script sends literals as written; f/ops/page_oncall's severity is a Literal enum.
from wmill import task_script, workflow

page_oncall = task_script("f/ops/page_oncall")


@workflow
async def main(service: str):
    return await page_oncall(service=service, severity="urgent")  # expect: WAC402
