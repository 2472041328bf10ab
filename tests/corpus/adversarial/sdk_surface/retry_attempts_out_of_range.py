# SDK: wmill 1.850.0 client.py: `_checked_retry` rejects `attempts` above `_MAX_RETRY_ATTEMPTS` (100) with `ValueError` when `task_script` is called.
from wmill import task_script, workflow

poll_vendor = task_script("f/vendors/poll", retry={"attempts": 500, "delay": 60})  # expect: WAC302


@workflow
async def main(vendor: str):
    return await poll_vendor(vendor=vendor)
