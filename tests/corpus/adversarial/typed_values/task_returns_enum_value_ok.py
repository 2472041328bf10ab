# SDK: wmill 1.850.0 client.py: the task returns the member's .value, a str, which JSON keeps; Tier(value) rebuilds the member in the body.
from enum import Enum

from wmill import task, workflow


class Tier(Enum):
    FREE = "free"
    GOLD = "gold"


@task()
async def classify(account_id: str, spend: float) -> str:
    tier = Tier.GOLD if spend > 1000 else Tier.FREE
    return tier.value


@task()
async def apply_tier(account_id: str, tier: str) -> bool:
    return True


@workflow
async def main(account_id: str, spend: float):
    tier = Tier(await classify(account_id, spend))
    return await apply_tier(account_id, tier.value)
