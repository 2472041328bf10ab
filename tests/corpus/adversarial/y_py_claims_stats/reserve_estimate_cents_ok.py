# SDK: wmill 1.850.0 client.py: _run_inline_step checkpoints json.dumps(result, default=str); integer cents and str of a Decimal survive it
import statistics
from decimal import Decimal

from wmill import step, task, workflow


@task()
async def open_claims(line_of_business: str) -> list:
    import httpx

    return httpx.get("https://claims.internal/open", params={"lob": line_of_business}, timeout=60).json()


@task()
async def book_reserve(line_of_business: str, per_claim: str, claims: int) -> dict:
    return {"lob": line_of_business, "per_claim": per_claim, "claims": claims}


@workflow
async def main(line_of_business: str):
    claims = await open_claims(line_of_business)
    estimates = [Decimal(c["estimate"]) for c in claims]
    typical = await step("typical_estimate", lambda: str(statistics.median_low(estimates)) if estimates else "0")
    worst_cents = await step("worst_estimate", lambda: int(max(estimates, default=Decimal("0")) * 100))
    booked = await book_reserve(line_of_business, typical, len(claims))
    return {"booked": booked, "worst_cents": worst_cents}
