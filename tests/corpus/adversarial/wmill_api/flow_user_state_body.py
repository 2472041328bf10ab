# SDK: wmill 1.850.0 client.py set_flow_user_state() POSTs to the flow's user state on each replay of the body.
import wmill
from wmill import task, workflow


@task()
async def count_new(source: str) -> int:
    return 7


@workflow
async def main(source: str):
    fresh = await count_new(source)
    wmill.set_flow_user_state("last_count", fresh)  # expect: WAC101
    return fresh
