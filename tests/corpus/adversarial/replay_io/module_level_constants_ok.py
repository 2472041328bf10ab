# SDK: wmill 1.850.0 client.py: module-level constants, a seeded generator and a clock read used only inside a task are the same (or irrelevant) on every replay.
import random
from datetime import datetime, timezone

from wmill import task, workflow

BATCH_SIZE = 50
EPOCH = datetime(2020, 1, 1, tzinfo=timezone.utc)
RNG = random.Random(1234)


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat()


@task()
async def stamp(batch: int) -> str:
    return f"{batch}@{now_iso()}"


@workflow
async def main(n: int):
    shuffled = list(range(n))
    RNG.shuffle(shuffled)
    return await stamp(min(BATCH_SIZE, n) + EPOCH.year + shuffled[0] if shuffled else 0)
