# SDK: wmill 1.850.0 client.py: the body replays after each task; KFold(shuffle=True) without random_state shuffles with numpy's global generator, seeded from the OS in each round's new process, so the score and the branch on it can change between rounds
"""Evaluate the frost-risk classifier and retrain it when the cross-validated score drops."""

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, cross_val_score

from wmill import task, workflow

FEATURES = ["min_temp_c", "humidity", "wind_ms", "elevation_m"]


@task(timeout=300)
async def load_season(season: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get(f"https://agri.example/api/seasons/{season}/frost")
        r.raise_for_status()
        return r.json()


@task(timeout=3600, tag="gpu")
async def retrain(season: str) -> str:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.post(f"https://agri.example/api/models/frost/retrain", json={"season": season})
        r.raise_for_status()
        return r.json()["version"]


@workflow
async def main(season: str, floor: float = 0.8):
    frame = pd.DataFrame(await load_season(season))
    X = frame[FEATURES].to_numpy()
    y = frame["frost"].to_numpy()
    folds = KFold(n_splits=5, shuffle=True)  # expect: WAC102
    cv = float(np.mean(cross_val_score(LogisticRegression(max_iter=1000), X, y, cv=folds)))
    if cv < floor:
        version = await retrain(season)
        return {"cv_mean": cv, "retrained": version}
    return {"cv_mean": cv, "retrained": None}
