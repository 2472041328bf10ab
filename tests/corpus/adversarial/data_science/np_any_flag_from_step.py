# SDK: wmill 1.850.0 client.py step() round-trips fn()'s result with default=str: numpy.any returns a numpy bool_, which becomes "False", a truthy string.
import numpy as np
from wmill import step, task, workflow


@task()
async def quarantine(batch: str) -> str:
    return batch


@workflow
async def main(batch: str, readings: list):
    flagged = await step("flagged", lambda: np.any(np.array(readings) > 100))  # expect: WAC107
    if flagged:
        return await quarantine(batch)
    return "clean"
