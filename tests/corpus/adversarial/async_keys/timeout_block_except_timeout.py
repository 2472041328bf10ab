# SDK: wmill 1.850.0 client.py: asyncio.timeout() only measures this round; the tasks suspend at once, and a timeout caught in the child round that runs one of them leads the body to a task that never resolves.
import asyncio

from wmill import task, workflow


@task()
async def render_invoice(invoice_id: str) -> str:
    return f"s3://invoices/{invoice_id}.pdf"


@task()
async def email_invoice(invoice_id: str, url: str | None) -> bool:
    return url is not None


@workflow
async def main(invoice_id: str):
    url = None
    try:
        async with asyncio.timeout(120):
            url = await render_invoice(invoice_id)
    except TimeoutError:  # expect: WAC204
        url = None
    return await email_invoice(invoice_id, url)
