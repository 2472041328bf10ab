# SDK: wmill 1.850.0 client.py: the body replays after each task; scikit-learn's train_test_split(shuffle=False), KFold without shuffle and LogisticRegression's default lbfgs solver draw no random numbers, so the fitted scores are the same in every round
"""Evaluate the frost-risk classifier on the latest season (ported from a notebook)."""

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold, cross_val_score, train_test_split

from wmill import task, workflow

FEATURES = ["min_temp_c", "humidity", "wind_ms", "elevation_m"]


@task(timeout=300)
async def load_season(season: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get(f"https://agri.example/api/seasons/{season}/frost")
        r.raise_for_status()
        return r.json()


@task
async def publish_scores(season: str, scores: dict) -> None:
    import httpx

    async with httpx.AsyncClient() as http:
        await http.post(f"https://agri.example/api/seasons/{season}/model-scores", json=scores)


@workflow
async def main(season: str):
    frame = pd.DataFrame(await load_season(season)).sort_values("date")
    X = frame[FEATURES].to_numpy()
    y = frame["frost"].to_numpy()
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, shuffle=False)
    model = LogisticRegression(max_iter=1000).fit(X_train, y_train)
    cv = cross_val_score(LogisticRegression(max_iter=1000), X, y, cv=KFold(n_splits=5))
    scores = {"holdout": float(model.score(X_test, y_test)), "cv_mean": float(np.mean(cv))}
    await publish_scores(season, scores)
    return scores
