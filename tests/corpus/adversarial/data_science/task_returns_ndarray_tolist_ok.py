# SDK: wmill 1.850.0 client.py a task's result crosses json.dumps(default=str): ndarray.tolist() and .item() give plain lists and floats that survive it.
import numpy as np
from wmill import task, workflow


@task()
async def embed(text: str) -> list:
    vector = np.linspace(0.0, 1.0, num=8)
    return vector.tolist()


@task()
async def norm(text: str) -> float:
    return np.linalg.norm(np.ones(4)).item()


@task()
async def store(doc_id: str, first: float, size: float) -> bool:
    return True


@workflow
async def main(doc_id: str, text: str):
    vector = await embed(text)
    return await store(doc_id, vector[0], await norm(text))
