# SDK: wmill 1.850.0 replays the body; f.lib.api re-exports f.lib.http.post (requests.post).
from wmill import task_script, workflow

from f.lib.api import post

page_oncall = task_script("f/ops/page_oncall")


@workflow
async def main(service: str):
    post("/audit", {"service": service})  # expect: WAC101
    return await page_oncall(service=service)
