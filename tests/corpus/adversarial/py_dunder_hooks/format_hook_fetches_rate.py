# SDK: wmill 1.850.0 client.py: the body reruns in every round; a format spec in an f-string calls __format__, which here fetches an exchange rate over HTTP from the body.
import requests
from wmill import task, workflow

RATES_URL = "https://fx.example.com/latest"


class Money:
    def __init__(self, cents: int, currency: str) -> None:
        self.cents = cents
        self.currency = currency

    def __format__(self, spec: str) -> str:
        if spec and spec != self.currency:
            rate = requests.get(RATES_URL, params={"from": self.currency, "to": spec}, timeout=10).json()["rate"]
            return f"{self.cents * rate / 100:.2f} {spec}"
        return f"{self.cents / 100:.2f} {self.currency}"


@task()
async def send_invoice(customer: str, text: str) -> str:
    return f"sent to {customer}"


@workflow
async def main(customer: str, cents: int, currency: str = "USD"):
    line = f"Total due: {Money(cents, currency):EUR}"  # expect: WAC101
    return await send_invoice(customer, line)
