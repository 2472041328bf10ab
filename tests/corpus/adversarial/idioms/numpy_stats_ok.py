# SDK: wmill 1.850.0 client.py: task results replay from the checkpoint; numpy arithmetic on them is deterministic, and `float(...)` / `.tolist()` hand the task JSON values.
import numpy as np
from wmill import task, workflow


@task()
async def embed(texts: list[str]) -> list[list[float]]:
    return [[float(len(t)), 1.0] for t in texts]


@task()
async def store(centroid: list[float], spread: float) -> bool:
    return True


@workflow
async def main(texts: list[str]):
    matrix = np.asarray(await embed(texts), dtype=np.float64)
    centroid = matrix.mean(axis=0)
    spread = float(np.linalg.norm(matrix - centroid, axis=1).max())
    return await store(centroid.tolist(), spread)
