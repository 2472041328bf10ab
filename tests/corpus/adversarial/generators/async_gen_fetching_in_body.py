# SDK: wmill 1.850.0 client.py: the body re-runs every round; an async generator that pages with httpx, iterated with `async for` in the body, requests every page each round.
import httpx

from wmill import task, workflow


async def invoices(base: str):
    async with httpx.AsyncClient(base_url=base) as client:
        page = 1
        while True:
            data = (await client.get("/invoices", params={"page": page})).json()
            if not data:
                return
            for inv in data:
                yield inv
            page += 1


@task()
async def remind(invoice_id: str) -> bool:
    return True


@workflow
async def main(base: str):
    sent = 0
    async for inv in invoices(base):  # expect: WAC101
        if await remind(inv["id"]):
            sent += 1
    return sent
