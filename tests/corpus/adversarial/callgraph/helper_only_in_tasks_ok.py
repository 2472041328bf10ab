# SDK: wmill 1.850.0 client.py: helpers called only from @task bodies run inside the task job, once (_execute_directly).
import requests
from wmill import task, workflow

API = "https://shipping.example.com/api"


def get_json(path: str) -> dict:
    resp = requests.get(f"{API}{path}", timeout=20)
    resp.raise_for_status()
    return resp.json()


def post_json(path: str, body: dict) -> dict:
    resp = requests.post(f"{API}{path}", json=body, timeout=20)
    resp.raise_for_status()
    return resp.json()


@task()
async def quote(order_id: str) -> dict:
    return get_json(f"/orders/{order_id}/quote")


@task()
async def book(order_id: str, carrier: str) -> dict:
    return post_json(f"/orders/{order_id}/book", {"carrier": carrier})


def cheapest(quotes: list[dict]) -> str:
    return min(quotes, key=lambda q: q["price"])["carrier"]


@workflow
async def main(order_id: str):
    q = await quote(order_id)
    carrier = cheapest(q["options"])
    return await book(order_id, carrier)
