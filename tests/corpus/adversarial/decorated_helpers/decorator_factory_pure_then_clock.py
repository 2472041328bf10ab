# SDK: wmill 1.850.0 client.py: the body re-runs every round; a decorator factory wraps two helpers, the second reads the clock, so the replayed body takes another value each round.
import functools
import time

from wmill import task, workflow


def cached(ttl: int):
    def deco(fn):
        memo: dict = {}

        @functools.wraps(fn)
        def wrapper(*args):
            if args not in memo:
                memo[args] = fn(*args)
            return memo[args]

        return wrapper

    return deco


@cached(ttl=60)
def region_of(country: str) -> str:
    return "eu" if country in ("FR", "DE") else "us"


@cached(ttl=60)
def batch_stamp(region: str) -> str:
    return f"{region}-{int(time.time())}"


@task()
async def ship(order_id: str, stamp: str) -> str:
    return f"{order_id}@{stamp}"


@workflow
async def main(order_id: str, country: str):
    region = region_of(country)
    stamp = batch_stamp(region)  # expect: WAC102
    return await ship(order_id, stamp)
