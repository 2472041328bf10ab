# SDK: wmill 1.850.0 client.py step() round-trips fn()'s result through JSON; int(...) of the numpy sum is a plain int and compares as one on replay.
import numpy as np
from wmill import sleep, step, workflow


@workflow
async def main(counts: list):
    total = await step("total", lambda: int(np.sum(np.array(counts, dtype=np.int64))))
    if total > 10:
        await sleep(60)
    return total
