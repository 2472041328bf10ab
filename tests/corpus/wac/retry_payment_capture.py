# Capture a card payment; the provider is flaky so the task retries with
# backoff, and if it still fails we fall back to the secondary processor.
from wmill import task, workflow, TaskError
import requests


@task(retry={"attempts": 3, "delay": 30, "multiplier": 2}, timeout=60)
async def capture_primary(payment_intent: str, amount_cents: int) -> dict:
    resp = requests.post(
        f"https://api.primary-psp.example/v1/payment_intents/{payment_intent}/capture",
        json={"amount_to_capture": amount_cents},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()


@task(timeout=60)
async def capture_secondary(payment_intent: str, amount_cents: int) -> dict:
    resp = requests.post("https://api.backup-psp.example/capture", json={"ref": payment_intent, "amount": amount_cents}, timeout=30)
    resp.raise_for_status()
    return resp.json()


@task()
async def record_capture(order_id: str, provider: str, capture: dict):
    requests.post(f"https://orders.example/api/{order_id}/payments", json={"provider": provider, "capture": capture}, timeout=30)


@workflow
async def main(order_id: str, payment_intent: str, amount_cents: int):
    try:
        capture = await capture_primary(payment_intent, amount_cents)
        provider = "primary"
    except TaskError as e:
        capture = await capture_secondary(payment_intent, amount_cents)
        provider = "secondary"
    await record_capture(order_id, provider, capture)
    return {"order_id": order_id, "provider": provider}
