# SDK: wmill 1.850.0 client.py: a method using only plain attributes set in __init__ is pure computation in the body.
from wmill import task, workflow


class PriceBook:
    def __init__(self, currency: str) -> None:
        self.currency = currency
        self.rates = {"EUR": 1.0, "USD": 1.08}

    def convert(self, amount: float) -> float:
        return round(amount * self.rates.get(self.currency, 1.0), 2)


@task()
async def order_total(order_id: str) -> float:
    return 10.0


@workflow
async def main(order_id: str, currency: str = "EUR"):
    total = await order_total(order_id)
    return PriceBook(currency).convert(total)
