# SDK: wmill 1.850.0 client.py: an @overload-typed helper that formats its argument is pure; calling it in the body computes the same value every round.
from typing import overload

from wmill import task, workflow


@overload
def money(cents: int) -> str: ...
@overload
def money(cents: None) -> None: ...
def money(cents: int | None) -> str | None:
    if cents is None:
        return None
    return f"{cents / 100:.2f}"


@task()
async def invoice_total(invoice_id: str) -> int:
    return 1250


@task()
async def post_summary(text: str) -> bool:
    return True


@workflow
async def main(invoice_id: str):
    cents = await invoice_total(invoice_id)
    return await post_summary(f"Invoice {invoice_id}: {money(cents)} EUR")
