# SDK: wmill 1.850.0 client.py task(): a float crosses JSON as a number, so `share * budget` computes the same value in every replay.
from fractions import Fraction

from wmill import task, workflow


@task()
async def team_share(team: str, headcount: int, total: int) -> float:
    return float(Fraction(headcount, total))


@task()
async def allocate(team: str, amount: float) -> str:
    return f"{team}: {amount:.2f}"


@workflow
async def main(team: str, headcount: int, total: int, budget: float):
    share = await team_share(team, headcount, total)
    return await allocate(team, share * budget)
