# SDK: wmill 1.850.0 client.py: _run_inline_step round-trips the result through JSON; a float rounded from the Fraction mean survives it unchanged
import statistics
from fractions import Fraction

from wmill import step, task, workflow


@task()
async def remits(payer_id: str, month: str) -> list:
    import httpx

    return httpx.get(f"https://era.internal/payers/{payer_id}/remits", params={"month": month}, timeout=60).json()


@task()
async def open_underpayment_case(payer_id: str, month: str, ratio: float) -> dict:
    return {"payer": payer_id, "month": month, "ratio": ratio}


def mean_ratio(rows: list) -> float:
    exact = statistics.mean(Fraction(r["allowed_cents"], r["billed_cents"]) for r in rows if r["billed_cents"])
    return round(float(exact), 4)


@workflow
async def main(payer_id: str, month: str, contract_ratio: float = 0.9):
    rows = await remits(payer_id, month)
    ratio = await step("allowed_ratio", lambda: mean_ratio(rows))
    if ratio < contract_ratio:
        return await open_underpayment_case(payer_id, month, ratio)
    return {"payer": payer_id, "month": month, "ok": True}
