# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; every lambda of the table only formats the amount it is given.
from wmill import task, workflow

FORMATS = {
    "eur": lambda cents: f"{cents / 100:.2f} €",
    "usd": lambda cents: f"${cents / 100:,.2f}",
}


@task()
async def invoice_total(invoice_id: str) -> int:
    return 123456


@task()
async def send_invoice(invoice_id: str, text: str) -> bool:
    return True


@workflow
async def main(invoice_id: str, currency: str = "eur"):
    cents = await invoice_total(invoice_id)
    return await send_invoice(invoice_id, FORMATS[currency](cents))
