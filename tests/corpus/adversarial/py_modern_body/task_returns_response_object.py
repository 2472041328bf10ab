# SDK: wmill 1.850.0 client.py: json.dumps(default=str) writes an httpx.Response as "<Response [200 OK]>", so the body's .json() call fails on a str.
import httpx
from wmill import task, workflow


@task()
async def fetch_invoice(invoice_id: str):
    async with httpx.AsyncClient(base_url="https://billing.internal") as client:
        return await client.get(f"/invoices/{invoice_id}")  # expect: WAC107


@task()
async def archive(invoice_id: str, total: float) -> str:
    return f"{invoice_id}:{total}"


@workflow
async def main(invoice_id: str):
    resp = await fetch_invoice(invoice_id)
    return await archive(invoice_id, resp.json()["total"])
