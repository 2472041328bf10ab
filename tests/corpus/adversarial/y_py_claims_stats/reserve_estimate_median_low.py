# SDK: wmill 1.850.0 client.py: _run_inline_step checkpoints json.dumps(result, default=str); statistics.median_low / mode of Decimals return one of the Decimals, and max of them too
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
    typical = await step("typical_estimate", lambda: statistics.median_low(estimates))  # expect: WAC107
    worst = await step("worst_estimate", lambda: max(estimates, default=Decimal("0")))  # expect: WAC107
    booked = await book_reserve(line_of_business, str(typical), len(claims))
    return {"booked": booked, "worst": worst}
