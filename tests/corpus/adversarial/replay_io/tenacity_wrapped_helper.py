# SDK: wmill 1.850.0 client.py workflow(): a retry decorator does not make a helper durable; its POST still runs on every replay of the body.
import requests
from tenacity import retry, stop_after_attempt, wait_exponential

from wmill import task, workflow


@retry(stop=stop_after_attempt(3), wait=wait_exponential(multiplier=1, max=10))
def push_metrics(payload: dict) -> int:
    return requests.post("https://metrics.example.com/v1", json=payload, timeout=5).status_code


@task()
async def compute_metrics(day: str) -> dict:
    return {"day": day, "orders": 3}


@workflow
async def main(day: str):
    metrics = await compute_metrics(day)
    push_metrics(metrics)  # expect: WAC101
    return metrics
