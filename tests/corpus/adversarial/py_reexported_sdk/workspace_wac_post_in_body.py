# SDK: wmill 1.850.0 client.py: f/common/wac.py re-exports task / workflow from wmill; Windmill's parser detects @workflow by name (windmill-oracle dag draws this file), so the body is replayed and its POST re-runs.
import requests

from f.common.wac import task, workflow


@task()
async def lookup(order_id: str) -> dict:
    return requests.get(f"https://api.example.com/orders/{order_id}").json()


@workflow
async def main(order_id: str):
    requests.post("https://hooks.example.com/started", json={"id": order_id})  # expect: WAC101
    return await lookup(order_id)
