# SDK: wmill 1.850.0 client.py task(tag=...) accepts tag; numpy's default_rng(seed) is deterministic; randomness inside a task is that job's business, not the body's.
import numpy as np
import pandas as pd
from wmill import task, workflow


@task(tag="heavy")
async def heavy_compute(n: int) -> float:
    df = pd.DataFrame(np.random.randn(n, 4), columns=list("ABCD"))
    return float(df.sum().sum())


@task
async def send_result(res: float, email: str) -> str:
    print(f"Sending result {res} to {email}")
    return "OK"


@workflow
async def main(n: int, email: str):
    rng = np.random.default_rng(42)
    weights = rng.integers(1, 5, size=n).tolist()
    total = 0.0
    for i, w in enumerate(weights):
        total += w * await heavy_compute(i + 1)
    return await send_result(total, email)
