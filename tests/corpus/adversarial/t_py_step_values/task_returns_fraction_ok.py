# SDK: a task's result is JSON in the checkpoint; fractions travel as [numerator, denominator] lists and are rebuilt with Fraction in the body
from fractions import Fraction

from wmill import task, workflow


@task()
async def ownership_split(company_id: str) -> dict[str, list[int]]:
    holdings = {"founders": (3, 8), "seed": (1, 8), "series_a": (1, 4), "pool": (1, 4)}
    return {holder: [n, d] for holder, (n, d) in holdings.items()}


@task()
async def issue_certificates(company_id: str, shares: dict[str, int]) -> list[str]:
    return [f"{company_id}-{holder}-{n}" for holder, n in sorted(shares.items())]


@workflow
async def main(company_id: str, total_shares: int = 10_000_000):
    raw = await ownership_split(company_id=company_id)
    split = {holder: Fraction(n, d) for holder, (n, d) in raw.items()}
    if sum(split.values()) != 1:
        raise ValueError("cap table does not add up")
    shares = {holder: int(part * total_shares) for holder, part in split.items()}
    return await issue_certificates(company_id=company_id, shares=shares)
