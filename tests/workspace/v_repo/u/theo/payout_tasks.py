# SDK: wmill 1.850.0 task(): positional arguments beyond the function's parameters are sent as arg<i>, which the task body does not take
import json

import requests
from wmill import task

from .signing import signed_headers

PAYOUT_API = "https://api.payouts.example.com/v1/payouts"


@task(timeout=120)
async def send_payout(account_id: str, amount_cents: int, headers: dict) -> dict:
    body = json.dumps({"account": account_id, "amount": amount_cents})
    resp = requests.post(PAYOUT_API, data=body, headers=headers, timeout=30)
    resp.raise_for_status()
    return resp.json()


@task()
async def sign_and_send(account_id: str, amount_cents: int) -> dict:
    body = json.dumps({"account": account_id, "amount": amount_cents})
    resp = requests.post(PAYOUT_API, data=body, headers=signed_headers(body), timeout=30)
    resp.raise_for_status()
    return resp.json()
