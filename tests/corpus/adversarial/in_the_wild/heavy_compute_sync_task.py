# SDK: wmill 1.850.0 client.py task(): the decorated function must be async (the wrapper awaits it in the task's job); a plain def returns its value, not an awaitable.
import numpy as np
import pandas as pd
from wmill import task, workflow


@task(tag="heavy")
def heavy_compute(n: int) -> float:  # expect: WAC004
    # seeded: the same frame on every run of the task
    rng = np.random.default_rng(n)
    df = pd.DataFrame(rng.standard_normal((n, 4)), columns=list("ABCD"))
    return float(df.sum().sum())


@task
async def send_result(res: float, email: str) -> str:
    print(f"Sending result {res} to {email}")
    return "OK"


@workflow
async def main(n: int, email: str):
    total = 0.0
    for i in range(n):
        total += await heavy_compute(i + 1)
    return await send_result(total, email)
