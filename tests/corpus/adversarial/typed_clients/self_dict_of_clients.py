# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the class annotates `self.conns` as a dict of `redis.Redis`, so `self.conns[region].delete(...)` deletes a key each round.
import redis
from wmill import task, workflow


class CacheFleet:
    conns: dict[str, redis.Redis]

    def __init__(self, regions: list[str]) -> None:
        self.conns = {r: redis.Redis(host=f"cache-{r}.internal") for r in regions}

    def evict(self, region: str, key: str) -> None:
        self.conns[region].delete(key)


@task()
async def rotate_secret(secret: str) -> str:
    return "v2"


@workflow
async def main(name: str, regions: list[str]):
    version = await rotate_secret(name)
    fleet = CacheFleet(regions)
    for region in sorted(regions):
        fleet.evict(region, f"secret:{name}")  # expect: WAC101
    return version
