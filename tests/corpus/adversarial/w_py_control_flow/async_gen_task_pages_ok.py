# SDK: wmill 1.850.0 client.py — an async generator of the file awaiting a task per page, drained by async for in the body: each task call is awaited in order and checkpointed
from collections.abc import AsyncIterator

from wmill import task, workflow


@task()
async def list_invoices(account: str, page: int) -> dict:
    import httpx

    return httpx.get(f"https://billing.example.com/accounts/{account}/invoices", params={"page": page}).json()


@task()
async def void_invoice(invoice_id: str) -> str:
    import httpx

    return httpx.post(f"https://billing.example.com/invoices/{invoice_id}/void").json()["state"]


async def draft_invoices(account: str) -> AsyncIterator[dict]:
    page = 1
    while True:
        batch = await list_invoices(account, page)
        for inv in batch["data"]:
            if inv["status"] == "draft":
                yield inv
        if not batch.get("has_more"):
            return
        page += 1


@workflow
async def main(account: str):
    voided = []
    async for inv in draft_invoices(account):
        voided.append({"id": inv["id"], "state": await void_invoice(inv["id"])})
    return voided
