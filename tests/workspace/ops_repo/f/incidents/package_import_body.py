# SDK: wmill 1.850.0 replays the body; `http` is the module f.lib.http (requests.post inside post()).
from wmill import task_script, workflow

from f.lib import http

page_oncall = task_script("f/ops/page_oncall")


@workflow
async def main(service: str):
    http.post("/audit", {"service": service})  # expect: WAC101
    return await page_oncall(service=service)
