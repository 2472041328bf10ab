# SDK: wmill 1.850.0 client.py: a task result crosses JSON (task() docstring; worker encoder default=str): statistics.median of Decimals is a Decimal, written as a string like "182.50"
import statistics
from decimal import Decimal

from wmill import task, workflow


@task()
async def load_claims(provider_npi: str, quarter: str) -> list:
    import httpx

    return httpx.get(f"https://claims.internal/providers/{provider_npi}/claims", params={"q": quarter}, timeout=60).json()


@task()
async def billed_profile(claims: list) -> dict:
    amounts = [Decimal(c["billed_amount"]) for c in claims]
    return {
        "count": len(amounts),
        "median_billed": statistics.median(amounts),  # expect: WAC107
        "max_billed": str(max(amounts)),
    }


@task()
async def flag_outlier(provider_npi: str, quarter: str, median_billed: float) -> None:
    print(provider_npi, quarter, median_billed)


@workflow
async def main(provider_npi: str, quarter: str, peer_median: float = 140.0):
    claims = await load_claims(provider_npi, quarter)
    profile = await billed_profile(claims)
    if profile["median_billed"] > peer_median * 1.5:
        await flag_outlier(provider_npi, quarter, profile["median_billed"])
    return profile
