# SDK: wmill 1.850.0 replays the body; `send` is f.lib.http.post imported under another name.
from wmill import task_script, workflow

from f.lib.http import post as send

page_oncall = task_script("f/ops/page_oncall")


@workflow
async def main(service: str):
    paged = await page_oncall(service=service)
    send("/audit", {"paged": service})  # expect: WAC101
    return paged
