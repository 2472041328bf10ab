# SDK: wmill 1.850.0 get_variable reads the variable over HTTP at each call; the body re-reads it on replay.
import wmill
from wmill import task_script, workflow

page_oncall = task_script("f/ops/page_oncall")


@workflow
async def main(service: str):
    base = wmill.get_variable("f/lib/api_base")  # expect: WAC101
    return await page_oncall(service=f"{base}/{service}")
