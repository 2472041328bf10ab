# SDK: wmill 1.850.0 client.py: a @task call pushes the step and returns a coroutine that raises _StepSuspend (a BaseException) when awaited; gathering the stored coroutines inside `try/except BaseException` swallows it.
import asyncio
import logging
from dataclasses import dataclass

from wmill import step, task, task_script, workflow

log = logging.getLogger("payouts")
MIN_PAYOUT_CENTS = 5_000

generate_statement = task_script("f/finance/partner_statement")


@dataclass
class Partner:
    id: str
    iban: str
    balance_cents: int


@task(tag="payments", timeout=120)
async def send_payout(partner_id: str, iban: str, amount_cents: int) -> dict:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post("https://bank.internal/sepa", json={"to": iban, "amount": amount_cents, "ref": partner_id})
        resp.raise_for_status()
        return {"partner": partner_id, "transfer": resp.json()["id"]}


@task()
async def load_partners(month: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.get("https://partners.internal/api/balances", params={"month": month})
        return resp.json()


@workflow
async def main(month: str):
    partners = [Partner(**p) for p in await load_partners(month)]
    eligible = [p for p in partners if p.balance_cents >= MIN_PAYOUT_CENTS]

    payouts = []
    for p in eligible:
        payouts.append(send_payout(p.id, p.iban, p.balance_cents))
    try:
        transfers = await asyncio.gather(*payouts)
    except BaseException:  # expect: WAC201
        log.exception("payout batch failed for %s", month)
        transfers = []

    await generate_statement(month=month, partners=[p.id for p in eligible])
    summary = await step("summary", lambda: {"paid": len(transfers), "below_minimum": len(partners) - len(eligible)})
    return {"month": month, **summary}
