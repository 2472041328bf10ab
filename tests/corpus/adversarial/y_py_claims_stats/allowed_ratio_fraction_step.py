# SDK: wmill 1.850.0 client.py: _run_inline_step returns json.loads(json.dumps(result, default=str)); statistics.mean of Fractions is a Fraction, which comes back as the string "37/40"
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


@workflow
async def main(payer_id: str, month: str, contract_ratio: float = 0.9):
    rows = await remits(payer_id, month)
    ratio = await step(
        "allowed_ratio",
        lambda: statistics.mean(Fraction(r["allowed_cents"], r["billed_cents"]) for r in rows if r["billed_cents"]),  # expect: WAC107
    )
    if float(ratio) < contract_ratio:
        return await open_underpayment_case(payer_id, month, float(ratio))
    return {"payer": payer_id, "month": month, "ok": True}
