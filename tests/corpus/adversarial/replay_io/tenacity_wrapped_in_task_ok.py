# SDK: wmill 1.850.0 client.py task(): the retried helper is called from a task body, which runs once per dispatch.
import requests
from tenacity import retry, stop_after_attempt

from wmill import task, workflow


@retry(stop=stop_after_attempt(3))
def push_metrics(payload: dict) -> int:
    return requests.post("https://metrics.example.com/v1", json=payload, timeout=5).status_code


@task()
async def compute_and_push(day: str) -> int:
    return push_metrics({"day": day, "orders": 3})


@workflow
async def main(day: str):
    return await compute_and_push(day)
