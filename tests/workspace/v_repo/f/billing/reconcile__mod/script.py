# SDK: wmill 1.850.0: a helper of the script's own modules runs in the body like any other code
from f.common.wac import step, task, workflow

from .bank import fetch_statement, parse_amount
from .matching import match_rows


@task(timeout=600)
async def load_ledger(period: str) -> list[dict]:
    import asyncpg

    conn = await asyncpg.connect("postgresql://billing@db.internal:5432/billing")
    rows = await conn.fetch("SELECT ref, amount_cents FROM ledger WHERE period = $1", period)
    await conn.close()
    return [dict(r) for r in rows]


@workflow
async def main(period: str, statement_key: str, tolerance_cents: int = 0):
    ledger = await load_ledger(period=period)
    statement = fetch_statement(statement_key)  # expect: WAC101
    lines = [{"ref": s["ref"], "amount_cents": parse_amount(s["amount"])} for s in statement]
    matched, unmatched = match_rows(ledger, lines, tolerance_cents)
    report = await step("report", lambda: {"matched": len(matched), "unmatched": unmatched})
    return report
