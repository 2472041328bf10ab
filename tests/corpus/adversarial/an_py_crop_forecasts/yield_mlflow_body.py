# SDK: wmill 1.850.0 client.py: the body replays after every task; mlflow.start_run creates a run on the tracking server (or under ./mlruns) and log_metric writes to it, so each round opens another run and logs the metric again
"""Score last season's yield forecast and track the error in MLflow (ported from a notebook)."""

import mlflow
import numpy as np

from wmill import task, workflow


@task(timeout=600)
async def predict(season: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.post("https://ml.agri.example/yield/predict", json={"season": season})
        r.raise_for_status()
        return r.json()


@task(timeout=120)
async def notify_agronomists(season: str, mae: float) -> None:
    import httpx

    async with httpx.AsyncClient() as http:
        await http.post("https://hooks.slack.example/agronomy", json={"text": f"{season}: MAE {mae:.2f} t/ha"})


@workflow
async def main(season: str):
    result = await predict(season)
    mae = float(np.mean(np.abs(np.array(result["predicted"]) - np.array(result["actual"]))))
    with mlflow.start_run(run_name=f"yield-{season}"):  # expect: WAC101
        mlflow.log_metric("mae_t_ha", mae)  # expect: WAC101
    await notify_agronomists(season, mae)
    return {"mae": mae}
