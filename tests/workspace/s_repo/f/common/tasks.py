# SDK: wmill 1.850.0 client.py task(): @task() keeps the function's parameters (_merge_args)
import requests
from wmill import task

SLACK_WEBHOOK = "https://hooks.slack.com/services/T000/B000/XXXX"


@task()
async def send_slack(channel: str, text: str) -> dict:
    resp = requests.post(SLACK_WEBHOOK, json={"channel": channel, "text": text}, timeout=10)
    return {"status": resp.status_code}


@task(timeout=120)
async def charge_card(customer_id: str, amount_cents: int, currency: str = "eur") -> dict:
    resp = requests.post(
        "https://payments.internal/v1/charges",
        json={"customer": customer_id, "amount": amount_cents, "currency": currency},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()
