# SDK: a task's result is JSON in the checkpoint (worker encodes with default=str): Fraction values come back as "3/8" strings, and summing them in the body fails
from fractions import Fraction

from wmill import task, workflow


@task()
async def ownership_split(company_id: str) -> dict[str, Fraction]:
    holdings = {"founders": (3, 8), "seed": (1, 8), "series_a": (1, 4), "pool": (1, 4)}
    return {holder: Fraction(n, d) for holder, (n, d) in holdings.items()}  # expect: WAC107


@task()
async def issue_certificates(company_id: str, shares: dict[str, int]) -> list[str]:
    return [f"{company_id}-{holder}-{n}" for holder, n in sorted(shares.items())]


@workflow
async def main(company_id: str, total_shares: int = 10_000_000):
    split = await ownership_split(company_id=company_id)
    if sum(split.values()) != 1:
        raise ValueError("cap table does not add up")
    shares = {holder: int(part * total_shares) for holder, part in split.items()}
    return await issue_certificates(company_id=company_id, shares=shares)
