# SDK: wmill 1.850.0 client.py: `step("run_id", ...)` runs `fn` once and returns the checkpointed string in every later round, so both tasks carry the same id
"""Invoice a parish for a cast bell; both the order and the invoice carry one run id."""

import uuid

import httpx

from wmill import step, task, workflow


@task(timeout=120)
async def confirm_order(parish: str, bell_id: str, ref: str) -> dict:
    async with httpx.AsyncClient(base_url="https://orders.bellfoundry.example") as client:
        r = await client.post("/orders", json={"parish": parish, "bell": bell_id, "ref": ref})
        r.raise_for_status()
        return r.json()


@task(timeout=120)
async def issue_invoice(parish: str, amount_eur: float, ref: str) -> dict:
    async with httpx.AsyncClient(base_url="https://ledger.bellfoundry.example") as client:
        r = await client.post("/invoices", json={"parish": parish, "amount": amount_eur, "ref": ref})
        r.raise_for_status()
        return r.json()


@workflow
async def main(parish: str, bell_id: str):
    ref = await step("run_id", lambda: uuid.uuid4().hex)
    order = await confirm_order(parish, bell_id, ref)
    return await issue_invoice(parish, order["amount_eur"], ref)
