# SDK: wmill 1.850.0 client.py: f/common/wac.py re-exports task / workflow from wmill; the POST is inside a task, which runs once and is checkpointed.
import requests

from f.common.wac import task, workflow


@task()
async def announce(order_id: str) -> int:
    return requests.post("https://hooks.example.com/started", json={"id": order_id}).status_code


@workflow
async def main(order_id: str):
    return await announce(order_id)
