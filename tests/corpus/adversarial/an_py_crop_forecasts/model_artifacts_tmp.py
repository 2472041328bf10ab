# SDK: wmill 1.850.0 client.py: the body replays after every task, each round in a new process on whichever worker runs it; np.save and joblib.dump write files there in every round, and a task's job (another worker) never sees /tmp of this one
"""Fit the pest-pressure model and keep its artifacts (ported from a notebook)."""

import joblib
import numpy as np
from sklearn.linear_model import Ridge

from wmill import task, workflow


@task(timeout=300)
async def load_training(season: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get(f"https://agri.example/api/seasons/{season}/pests")
        r.raise_for_status()
        return r.json()


@task(timeout=600)
async def upload_artifacts(season: str, model_path: str, preds_path: str) -> str:
    import boto3

    s3 = boto3.client("s3")
    s3.upload_file(model_path, "agri-models", f"pests/{season}/model.joblib")
    s3.upload_file(preds_path, "agri-models", f"pests/{season}/preds.npy")
    return f"s3://agri-models/pests/{season}/"


@workflow
async def main(season: str):
    data = await load_training(season)
    X = np.array(data["features"], dtype=float)
    y = np.array(data["pressure"], dtype=float)
    model = Ridge(alpha=1.0).fit(X, y)
    preds = model.predict(X)
    np.save("/tmp/pest_preds.npy", preds)  # expect: WAC101
    joblib.dump(model, "/tmp/pest_model.joblib")  # expect: WAC101
    prefix = await upload_artifacts(season, "/tmp/pest_model.joblib", "/tmp/pest_preds.npy")
    return {"artifacts": prefix, "r2": float(model.score(X, y))}
