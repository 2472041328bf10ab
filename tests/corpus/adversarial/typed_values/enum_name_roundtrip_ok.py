# SDK: wmill 1.850.0 client.py: the task returns the member's name, a str; Tier[name] rebuilds the member in the body.
from enum import Enum

from wmill import task, workflow


class Tier(Enum):
    FREE = 1
    GOLD = 2


@task()
async def classify(spend: float) -> str:
    return (Tier.GOLD if spend > 1000 else Tier.FREE).name


@workflow
async def main(spend: float):
    tier = Tier[await classify(spend)]
    return {"gold": tier is Tier.GOLD}
