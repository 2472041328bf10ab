# SDK: wmill 1.850.0 client.py: a (str, Enum) member is a str, so json.dumps writes its value ("gold"); Tier(result) rebuilds it in the body.
from enum import Enum

from wmill import task, workflow


class Tier(str, Enum):
    FREE = "free"
    GOLD = "gold"


@task()
async def classify(account_id: str, spend: float) -> Tier:
    return Tier.GOLD if spend > 1000 else Tier.FREE


@workflow
async def main(account_id: str, spend: float):
    tier = Tier(await classify(account_id, spend))
    return {"account": account_id, "gold": tier is Tier.GOLD}
