# SDK: wmill 1.850.0 client.py: a random.Random seeded from an input gives the same sequence on every replay; hashlib of an input is deterministic.
import hashlib
import random

from wmill import task, workflow


@task()
async def assign(user: str, bucket: str) -> dict:
    return {"user": user, "bucket": bucket}


@workflow
async def main(user: str, experiment: str):
    seed = int(hashlib.sha256(f"{experiment}:{user}".encode()).hexdigest(), 16)
    rng = random.Random(seed)
    bucket = rng.choice(["control", "variant"])
    return await assign(user, bucket)
