# SDK: wmill 1.850.0 client.py workflow(): time.monotonic() differs each replay; the elapsed time reported covers only the last round.
import time

from wmill import task, workflow


@task()
async def crunch(n: int) -> int:
    return n * 2


@workflow
async def main(n: int):
    t0 = time.monotonic()  # expect: WAC102
    out = await crunch(n)
    return {"out": out, "started": t0}
