# SDK: wmill 1.850.0 client.py: the body reruns in every round; `a + b` calls __add__, which here fetches a conversion rate over HTTP when the currencies differ.
import httpx
from wmill import task, workflow


class Money:
    def __init__(self, amount: float, currency: str) -> None:
        self.amount = amount
        self.currency = currency

    def __add__(self, other: "Money") -> "Money":
        if other.currency == self.currency:
            return Money(self.amount + other.amount, self.currency)
        rate = httpx.get(f"https://fx.example.com/{other.currency}/{self.currency}").json()["rate"]
        return Money(self.amount + other.amount * rate, self.currency)


@task()
async def record_total(amount: float, currency: str) -> bool:
    return True


@workflow
async def main(subtotal: float, shipping: float, shipping_currency: str = "EUR"):
    total = Money(subtotal, "USD") + Money(shipping, shipping_currency)  # expect: WAC101
    return await record_total(total.amount, total.currency)
