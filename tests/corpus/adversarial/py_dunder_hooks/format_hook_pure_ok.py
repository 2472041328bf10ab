# SDK: wmill 1.850.0 client.py: the body reruns in every round; this __format__ only formats the amount it holds, with no I/O, so the f-string is pure.
from wmill import task, workflow


class Money:
    def __init__(self, cents: int, currency: str) -> None:
        self.cents = cents
        self.currency = currency

    def __format__(self, spec: str) -> str:
        digits = int(spec) if spec.isdigit() else 2
        return f"{self.cents / 100:.{digits}f} {self.currency}"


@task()
async def send_invoice(customer: str, text: str) -> str:
    return f"sent to {customer}"


@workflow
async def main(customer: str, cents: int, currency: str = "USD"):
    line = f"Total due: {Money(cents, currency):2}"
    return await send_invoice(customer, line)
