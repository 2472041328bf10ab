# SDK: wmill 1.850.0 client.py: a task's result is its child job's JSON; Decimal rates written as str() arrive unchanged, and float() of them in the body is pure
from collections import Counter
from decimal import Decimal

from wmill import task, workflow


@task()
async def denials(facility: str, week: str) -> list:
    import httpx

    return httpx.get(f"https://claims.internal/facilities/{facility}/denials", params={"week": week}, timeout=60).json()


@task()
async def denial_rates(rows: list, submitted: int) -> dict:
    by_code = Counter(r["carc_code"] for r in rows)
    total = Decimal(submitted)
    return {code: str((Decimal(n) / total).quantize(Decimal("0.0001"))) for code, n in by_code.items()}


@task()
async def open_appeal_review(facility: str, code: str, rate: float) -> None:
    print(facility, code, rate)


@workflow
async def main(facility: str, week: str, submitted: int, alert_rate: float = 0.05):
    rows = await denials(facility, week)
    rates = await denial_rates(rows, submitted)
    for code in sorted(rates):
        if float(rates[code]) > alert_rate:
            await open_appeal_review(facility, code, float(rates[code]))
    return {"facility": facility, "codes": len(rates)}
