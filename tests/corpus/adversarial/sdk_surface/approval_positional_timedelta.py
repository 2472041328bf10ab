# SDK: wmill 1.850.0 client.py: `wait_for_approval(timeout: int = 1800, ...)` takes `timeout` first, by position too, and puts it into the suspension unconverted (`"timeout": timeout`); `REVIEW_WINDOW` is a `timedelta`, not seconds.
from datetime import timedelta

from wmill import task, wait_for_approval, workflow

REVIEW_WINDOW = timedelta(hours=8)


@task()
async def publish(post_id: str) -> str:
    return post_id


@workflow
async def main(post_id: str):
    decision = await wait_for_approval(REVIEW_WINDOW)  # expect: WAC302
    if decision["approved"]:
        return await publish(post_id)
    return None
