# SDK: wmill 1.850.0 client.py a task's result crosses json.dumps(default=str): an ndarray becomes the string "[0.1 0.5 ...]", so indexing it in the body gives characters.
import numpy as np
from wmill import task, workflow


@task()
async def embed(text: str) -> list:
    vector = np.linspace(0.0, 1.0, num=8)
    return vector  # expect: WAC107


@task()
async def store(doc_id: str, first: float) -> bool:
    return True


@workflow
async def main(doc_id: str, text: str):
    vector = await embed(text)
    return await store(doc_id, vector[0])
