# SDK: wmill 1.850.0 client.py: the body replays after each task; np.save and joblib.dump into io.BytesIO stay in memory, and the bytes cross to the task as base64 text, which survives the JSON of the task's arguments
"""Fit the pest-pressure model and hand its artifacts to an upload task as base64."""

import base64
import io

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
async def upload_artifacts(season: str, model_b64: str, preds_b64: str) -> str:
    import boto3

    s3 = boto3.client("s3")
    s3.put_object(Bucket="agri-models", Key=f"pests/{season}/model.joblib", Body=base64.b64decode(model_b64))
    s3.put_object(Bucket="agri-models", Key=f"pests/{season}/preds.npy", Body=base64.b64decode(preds_b64))
    return f"s3://agri-models/pests/{season}/"


def to_b64(buf: io.BytesIO) -> str:
    return base64.b64encode(buf.getvalue()).decode("ascii")


@workflow
async def main(season: str):
    data = await load_training(season)
    X = np.array(data["features"], dtype=float)
    y = np.array(data["pressure"], dtype=float)
    model = Ridge(alpha=1.0).fit(X, y)
    preds_buf, model_buf = io.BytesIO(), io.BytesIO()
    np.save(preds_buf, model.predict(X))
    joblib.dump(model, model_buf)
    prefix = await upload_artifacts(season, to_b64(model_buf), to_b64(preds_buf))
    return {"artifacts": prefix, "r2": float(model.score(X, y))}
