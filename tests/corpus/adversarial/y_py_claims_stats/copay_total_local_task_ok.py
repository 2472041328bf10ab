# SDK: wmill 1.850.0 client.py: a task of the file runs in a child job that replays the body and calls its function with the objects that replay computed (_execute_directly(func, **kwargs)); its result is str
import statistics
from decimal import Decimal

from wmill import task, workflow


@task()
async def eob_lines(claim_id: str) -> list:
    import httpx

    return httpx.get(f"https://claims.internal/claims/{claim_id}/eob", timeout=30).json()


@task()
async def post_to_ledger(patient_id: str, claim_id: str, amount: Decimal, average_line: Decimal) -> dict:
    import httpx

    r = httpx.post(
        "https://ledger.internal/balances",
        json={"patient": patient_id, "claim": claim_id, "amount": str(amount), "avg": str(average_line)},
        timeout=30,
    )
    return {"status": r.status_code, "amount": str(amount)}


@workflow
async def main(claim_id: str, patient_id: str):
    lines = await eob_lines(claim_id)
    copays = [Decimal(l["copay"]) for l in lines if l["status"] == "paid"]
    total = sum(copays, Decimal("0"))
    avg = statistics.mean(copays) if copays else Decimal("0")
    posted = await post_to_ledger(patient_id, claim_id, total, avg.quantize(Decimal("0.01")))
    return {"claim": claim_id, "posted": posted, "lines": len(copays)}
