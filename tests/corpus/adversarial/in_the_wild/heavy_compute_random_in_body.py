# SDK: wmill 1.850.0 client.py: the body re-runs after every task, so numpy.random (unseeded) gives other sizes on replay and the task sequence no longer matches the checkpoint.
import numpy as np
from wmill import task, workflow


@task(tag="heavy")
async def heavy_compute(n: int) -> float:
    return float(np.arange(n).sum())


@workflow
async def main(rounds: int):
    sizes = np.random.randint(10, 1000, size=rounds)  # expect: WAC102
    out = []
    for s in sizes.tolist():
        out.append(await heavy_compute(int(s)))
    return {"total": sum(out)}
