# SDK: wmill 1.850.0 client.py: every replay round is a new process, so `functools.cache` on a fetching helper does not stop the request from being sent again in each round.
from functools import cache

import requests
from wmill import task, workflow


@cache
def exchange_rate(currency: str) -> float:
    return requests.get(f"https://fx.example/latest?to={currency}", timeout=10).json()["rate"]


@task()
async def charge(amount: float) -> str:
    return "ok"


@workflow
async def main(amount: float, currency: str):
    rate = exchange_rate(currency)  # expect: WAC101
    return await charge(amount * rate)
