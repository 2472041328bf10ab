# SDK: wmill 1.850.0 client.py: a task runs once in its own job and is replayed from its checkpoint; the MLflow run lives there, and the body only does numpy arithmetic on checkpointed values
"""Score last season's yield forecast; MLflow tracking happens in a task."""

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
async def track(season: str, mae: float) -> str:
    import mlflow

    with mlflow.start_run(run_name=f"yield-{season}") as run:
        mlflow.log_metric("mae_t_ha", mae)
        return run.info.run_id


@workflow
async def main(season: str):
    result = await predict(season)
    mae = float(np.mean(np.abs(np.array(result["predicted"]) - np.array(result["actual"]))))
    run_id = await track(season, mae)
    return {"mae": mae, "run": run_id}
