# SDK: wmill 1.850.0: a task body runs once in its own job; MLflow logging there is not repeated by replays
"""Churn model retraining: the MLflow run is opened and logged inside the training task."""
from wmill import task, workflow


@task(timeout=3600, tag="gpu")
async def train_and_log(dataset_uri: str, max_depth: int, seed: int) -> dict:
    import mlflow
    import pandas as pd
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import train_test_split

    mlflow.set_tracking_uri("https://mlflow.internal.example")
    df = pd.read_parquet(dataset_uri)
    X, y = df.drop(columns=["churned"]), df["churned"]
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=seed)
    with mlflow.start_run(run_name=f"churn-d{max_depth}") as run:
        model = GradientBoostingClassifier(max_depth=max_depth, random_state=seed).fit(X_tr, y_tr)
        auc = float(roc_auc_score(y_te, model.predict_proba(X_te)[:, 1]))
        mlflow.log_params({"max_depth": max_depth, "seed": seed})
        mlflow.log_metric("auc", auc)
        return {"auc": auc, "run_id": run.info.run_id}


@task()
async def promote(model_name: str, run_id: str) -> str:
    import httpx

    r = httpx.post("https://registry.internal.example/promote", json={"model": model_name, "run": run_id})
    return r.json()["version"]


@workflow
async def main(dataset_uri: str, max_depth: int = 4, seed: int = 7, min_auc: float = 0.8):
    metrics = await train_and_log(dataset_uri, max_depth, seed)
    if metrics["auc"] < min_auc:
        return {"promoted": False, **metrics}
    version = await promote("churn", metrics["run_id"])
    return {"promoted": True, "version": version, **metrics}
