# SDK: wmill 1.850.0 client.py task(): json.dumps(default=str) encodes a Fraction as the text "1/3", so `share * budget` repeats a string (or raises TypeError for a float budget) in the body.
from fractions import Fraction

from wmill import task, workflow


@task()
async def team_share(team: str, headcount: int, total: int) -> Fraction:
    return Fraction(headcount, total)  # expect: WAC107


@task()
async def allocate(team: str, amount: float) -> str:
    return f"{team}: {amount:.2f}"


@workflow
async def main(team: str, headcount: int, total: int, budget: float):
    share = await team_share(team, headcount, total)
    return await allocate(team, share * budget)
