# SDK: wmill 1.850.0 client.py a task's result crosses json.dumps(default=str); numpy.float64 subclasses float, so np.mean's value is written as a number.
import numpy as np
from wmill import task, workflow


@task()
async def average(values: list) -> float:
    return np.mean(values)


@task()
async def alert(level: float) -> bool:
    return level > 3


@workflow
async def main(values: list):
    level = await average(values)
    if level > 3.0:
        return await alert(level)
    return False
