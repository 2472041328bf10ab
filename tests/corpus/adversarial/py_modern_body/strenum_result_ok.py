# SDK: wmill 1.850.0 client.py: a StrEnum member is a str, so json.dumps writes "gold" and the decoded str compares equal to Tier.GOLD in every round.
from enum import StrEnum

from wmill import task, workflow


class Tier(StrEnum):
    FREE = "free"
    PRO = "pro"
    GOLD = "gold"


@task()
async def classify(monthly_spend: float) -> Tier:
    if monthly_spend > 1000:
        return Tier.GOLD
    return Tier.PRO if monthly_spend > 50 else Tier.FREE


@task()
async def assign_manager(account_id: str) -> str:
    return f"manager-for-{account_id}"


@workflow
async def main(account_id: str, monthly_spend: float):
    tier = await classify(monthly_spend)
    if tier == Tier.GOLD:
        return {"tier": tier, "manager": await assign_manager(account_id)}
    return {"tier": tier}
