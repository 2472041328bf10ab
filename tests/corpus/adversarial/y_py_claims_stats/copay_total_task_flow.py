# SDK: wmill 1.850.0 client.py: task_flow sends its kwargs in the dispatch (_next_step info["args"]) as JSON with default=str; sum(..., Decimal(0)) and statistics.mean of Decimals stay Decimals, arriving as strings
import statistics
from decimal import Decimal

from wmill import task, task_flow, workflow

post_to_ledger = task_flow("f/finance/post_patient_balance")


@task()
async def eob_lines(claim_id: str) -> list:
    import httpx

    return httpx.get(f"https://claims.internal/claims/{claim_id}/eob", timeout=30).json()


@workflow
async def main(claim_id: str, patient_id: str):
    lines = await eob_lines(claim_id)
    copays = [Decimal(l["copay"]) for l in lines if l["status"] == "paid"]
    total = sum(copays, Decimal("0"))
    avg = statistics.mean(copays) if copays else Decimal("0")
    posted = await post_to_ledger(
        patient_id=patient_id,
        claim_id=claim_id,
        amount=total,  # expect: WAC107
        average_line=avg.quantize(Decimal("0.01")),  # expect: WAC107
    )
    return {"claim": claim_id, "posted": posted, "lines": len(copays)}
