# SDK: wmill 1.850.0 client.py step() round-trips fn()'s result through json.dumps(default=str): numpy.int64 is not an int, so it comes back as the string "12".
import numpy as np
from wmill import sleep, step, workflow


@workflow
async def main(counts: list):
    total = await step("total", lambda: np.sum(np.array(counts, dtype=np.int64)))  # expect: WAC107
    if total > 10:
        await sleep(60)
    return total
