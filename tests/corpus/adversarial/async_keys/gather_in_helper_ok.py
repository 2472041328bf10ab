# SDK: wmill 1.850.0 client.py _next_step: tasks called inside a helper's gather are dispatched together and the helper's await consumes them all.
import asyncio

from wmill import task, workflow


@task()
async def fetch_invoice(invoice_id: str) -> dict:
    return {"id": invoice_id, "total": 10}


async def fetch_all(invoice_ids: list[str]) -> list[dict]:
    return list(await asyncio.gather(*(fetch_invoice(i) for i in invoice_ids)))


@workflow
async def main(invoice_ids: list[str]):
    invoices = await fetch_all(invoice_ids)
    return {"total": sum(i["total"] for i in invoices)}
