# SDK: wmill 1.850.0 client.py wait_for_approval(): _assert_not_inside_task_body raises RuntimeError when called from a task body.
from wmill import task, wait_for_approval, workflow


@task()
async def gated_delete(bucket: str) -> bool:
    decision = await wait_for_approval(timeout=3600)  # expect: WAC304
    return bool(decision["approved"])


@workflow
async def main(bucket: str):
    return await gated_delete(bucket)
