# SDK: wmill 1.850.0; build_url, re-exported by f.lib.api, only formats a string.
from wmill import task_script, workflow

from f.lib.api import build_url

page_oncall = task_script("f/ops/page_oncall")


@workflow
async def main(service: str):
    return await page_oncall(service=build_url(f"/services/{service}"))
