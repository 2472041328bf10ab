# SDK: wmill 1.850.0 client.py: a task's result is encoded as JSON with default=str; a plain Enum member becomes "Tier.GOLD" (run), so Tier(tier) in the body raises ValueError.
from enum import Enum

from wmill import task, workflow


class Tier(Enum):
    FREE = "free"
    GOLD = "gold"


@task()
async def classify(account_id: str, spend: float) -> Tier:
    if spend > 1000:
        return Tier.GOLD  # expect: WAC107
    return Tier.FREE  # expect: WAC107


@task()
async def apply_tier(account_id: str, tier: str) -> bool:
    return True


@workflow
async def main(account_id: str, spend: float):
    tier = await classify(account_id, spend)
    return await apply_tier(account_id, Tier(tier).value)
