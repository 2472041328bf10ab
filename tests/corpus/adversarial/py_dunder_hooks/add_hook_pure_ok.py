# SDK: wmill 1.850.0 client.py: the body reruns in every round; this __add__ / __radd__ only adds amounts of one currency and raises otherwise, so sum() in the body is pure.
from wmill import task, workflow


class Money:
    def __init__(self, cents: int, currency: str) -> None:
        self.cents = cents
        self.currency = currency

    def __add__(self, other: "Money") -> "Money":
        if other.currency != self.currency:
            raise ValueError("currency mismatch")
        return Money(self.cents + other.cents, self.currency)

    def __radd__(self, other: int) -> "Money":
        return self if other == 0 else NotImplemented

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)


@task()
async def record_total(cents: int, currency: str) -> bool:
    return True


@workflow
async def main(lines: list, currency: str = "USD"):
    total = sum(Money(int(line["cents"]), currency) for line in lines)
    if total == Money(0, currency):
        return "empty"
    return await record_total(total.cents, total.currency)
