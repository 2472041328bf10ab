# SDK: wmill 1.850.0 client.py: the body reruns in every round; a dict subclass's subscript falls back to __missing__ for an absent key, and this one fetches the value over HTTP in the body.
import requests
from wmill import task, workflow


class RateCache(dict):
    def __missing__(self, currency: str) -> float:
        rate = requests.get(f"https://fx.example.com/usd/{currency}", timeout=5).json()["rate"]
        self[currency] = rate
        return rate


@task()
async def bill(customer: str, amount: float) -> str:
    return "inv_1"


@workflow
async def main(customer: str, usd: float, currency: str = "EUR"):
    rates = RateCache()
    amount = usd * rates[currency]  # expect: WAC101
    return await bill(customer, amount)
