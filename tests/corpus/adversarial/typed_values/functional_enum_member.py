# SDK: wmill 1.850.0 client.py: Enum("Tier", ...) builds a plain Enum; default=str writes its member as "Tier.GOLD", which Tier[...] and Tier(...) reject.
from enum import Enum

from wmill import task, workflow

Tier = Enum("Tier", ["FREE", "GOLD"])


@task()
async def classify(spend: float):
    return Tier.GOLD if spend > 1000 else Tier.FREE  # expect: WAC107


@workflow
async def main(spend: float):
    tier = await classify(spend)
    return {"gold": tier == Tier.GOLD}  # expect: WAC107
