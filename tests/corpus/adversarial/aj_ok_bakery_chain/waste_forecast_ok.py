# SDK: wmill 1.850.0: a seeded numpy Generator is deterministic; results cross as lists of floats
import math
from statistics import fmean

from wmill import task, workflow


@task()
async def sales_history(shop: str, weeks: int) -> list[float]:
    import pandas as pd

    df = pd.read_sql(
        "select units_unsold from daily_waste where shop = %(shop)s order by day desc limit %(n)s",
        "postgresql://reports@db.example-bakery.com/sales",
        params={"shop": shop, "n": weeks * 7},
    )
    return df["units_unsold"].astype(float).tolist()


@task()
async def save_forecast(shop: str, forecast: list[float]) -> None:
    import requests

    requests.put(f"https://erp.example-bakery.com/shops/{shop}/waste-forecast", json=forecast, timeout=20)


def bootstrap_mean(values: list[float], seed: int, rounds: int = 500) -> tuple[float, float]:
    import numpy as np

    rng = np.random.default_rng(seed)
    arr = np.asarray(values)
    means = [float(rng.choice(arr, size=arr.size, replace=True).mean()) for _ in range(rounds)]
    means.sort()
    return means[int(0.05 * rounds)], means[int(0.95 * rounds)]


@workflow
async def main(shop: str, weeks: int = 8, seed: int = 20240601):
    history = await sales_history(shop, weeks)
    if not history:
        return {"shop": shop, "forecast": []}
    low, high = bootstrap_mean(history, seed)
    centre = fmean(history)
    forecast = [round(centre * (1 + 0.1 * math.sin(d / 7 * 2 * math.pi)), 1) for d in range(7)]
    await save_forecast(shop, forecast)
    return {"shop": shop, "forecast": forecast, "band": [round(low, 1), round(high, 1)]}
