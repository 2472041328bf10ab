# SDK: wmill 1.850.0 @task results are checkpointed; the helper reads the clock only when `as_of` is None, and every call passes a module constant bound once to a literal or a date built from literals
from datetime import date, datetime

from wmill import step, task, workflow

LEDGER_API = "https://ledger.finance.internal/v2"
FISCAL_YEAR_START = date(2024, 4, 1)
CLOSE_CUTOFF = "2024-03-31T23:59:59"


def period_label(entity: str, as_of=None) -> str:
    if as_of is None:
        as_of = datetime.now()
    if isinstance(as_of, str):
        as_of = datetime.fromisoformat(as_of)
    return f"{entity}:{as_of:%Y-%m}"


@task()
async def trial_balance(entity: str, period: str) -> dict:
    import httpx

    r = httpx.get(f"{LEDGER_API}/entities/{entity}/trial-balance", params={"period": period})
    r.raise_for_status()
    return r.json()


@task()
async def post_close(entity: str, period: str, totals: dict) -> str:
    import httpx

    r = httpx.post(f"{LEDGER_API}/entities/{entity}/close", json={"period": period, "totals": totals})
    r.raise_for_status()
    return r.json()["close_id"]


@workflow
async def main(entities: list[str]):
    closes = {}
    for entity in entities:
        opening = period_label(entity, FISCAL_YEAR_START)
        closing = period_label(entity, CLOSE_CUTOFF)
        balance = await trial_balance(entity, closing)
        debit = sum(line["debit"] for line in balance["lines"])
        credit = sum(line["credit"] for line in balance["lines"])
        if round(debit - credit, 2) != 0:
            closes[entity] = {"status": "unbalanced", "opening": opening}
            continue
        close_id = await post_close(entity, closing, {"debit": debit, "credit": credit})
        closes[entity] = {"status": "closed", "close_id": close_id, "opening": opening}
    return await step("summary", lambda: {"closes": closes, "count": len(closes)})
