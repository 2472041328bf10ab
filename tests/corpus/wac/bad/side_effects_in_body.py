# MISTAKE: side effects and non-deterministic values directly in the workflow
# body. The body re-runs from the top after every suspension, so each of these
# happens again (or yields a different value) on every replay.
import os
import random
import time
import uuid
from datetime import datetime

from wmill import task, workflow
import requests


@task()
async def load_order(order_id: str) -> dict:
    return requests.get(f"https://orders.example/api/{order_id}", timeout=30).json()


@task(timeout=120)
async def buy_label(order: dict, api_key: str) -> dict:
    resp = requests.post("https://shipping.example/api/labels", headers={"X-Api-Key": api_key}, json={"to": order["address"], "weight": order["weight"]}, timeout=60)
    resp.raise_for_status()
    return resp.json()


@task()
async def audit_order(order_id: str):
    requests.post("https://audit.example/api/samples", json={"order_id": order_id}, timeout=30)


@workflow
async def main(order_id: str):
    started = time.time()  # expect: WAC102
    run_id = str(uuid.uuid4())  # expect: WAC102
    order = await load_order(order_id)
    api_key = os.environ["SHIPPING_API_KEY"]  # expect: WAC102
    label = await buy_label(order, api_key)
    if random.random() < 0.05:  # expect: WAC102
        await audit_order(order_id)
    requests.post("https://hooks.slack.example/ops", json={"text": f"Label bought for {order_id}"}, timeout=10)  # expect: WAC101
    requests.post("https://metrics.example/api/events", json={"run": run_id, "at": datetime.now().isoformat()}, timeout=10)  # expect: WAC101, WAC102
    return {"tracking": label["tracking_number"], "run_id": run_id, "started": started}
