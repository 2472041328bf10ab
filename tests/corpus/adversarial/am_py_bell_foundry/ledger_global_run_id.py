# SDK: wmill 1.850.0 client.py: every round is a new process that imports the module again, so `_RUN_ID` starts as None each time and `uuid4()` mints a new id per round; the invoice task (dispatched after the first suspension) carries a different id than the order task
"""Invoice a parish for a cast bell; both the order and the invoice carry one run id."""

import uuid

import httpx

from wmill import task, workflow

_RUN_ID: str | None = None


def run_id() -> str:
    global _RUN_ID
    if _RUN_ID is None:
        _RUN_ID = uuid.uuid4().hex
    return _RUN_ID


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
    order = await confirm_order(parish, bell_id, run_id())  # expect: WAC102
    return await issue_invoice(parish, order["amount_eur"], run_id())  # expect: WAC102
