# SDK: wmill 1.850.0; the launch post: at each suspension "the script exits" and the next round
# runs it from the top, so this module-level requests.get runs again on every replay.
import requests
from wmill import task_script, workflow

CONFIG = requests.get("https://ops.internal.example.com/config", timeout=5).json()  # expect: WAC101
page_oncall = task_script("f/ops/page_oncall")


@workflow
async def main(service: str):
    return await page_oncall(service=service, dry_run=CONFIG.get("dry_run", False))
