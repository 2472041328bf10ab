# SDK: wmill 1.850.0: the body re-runs after every task; an MLflow run started and logged there is started again each round
"""Churn model retraining: train in a task, log the run to MLflow from the workflow."""
import mlflow
from wmill import task, workflow

mlflow.set_tracking_uri("https://mlflow.internal.example")


@task(timeout=3600, tag="gpu")
async def train(dataset_uri: str, max_depth: int, seed: int) -> dict:
    import pandas as pd
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import train_test_split

    df = pd.read_parquet(dataset_uri)
    X, y = df.drop(columns=["churned"]), df["churned"]
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=seed)
    model = GradientBoostingClassifier(max_depth=max_depth, random_state=seed).fit(X_tr, y_tr)
    return {"auc": float(roc_auc_score(y_te, model.predict_proba(X_te)[:, 1])), "n_train": len(X_tr)}


@task()
async def promote(model_name: str, auc: float) -> str:
    import httpx

    r = httpx.post("https://registry.internal.example/promote", json={"model": model_name, "auc": auc})
    return r.json()["version"]


@workflow
async def main(dataset_uri: str, max_depth: int = 4, seed: int = 7, min_auc: float = 0.8):
    metrics = await train(dataset_uri, max_depth, seed)
    with mlflow.start_run(run_name=f"churn-d{max_depth}"):  # expect: WAC101
        mlflow.log_params({"max_depth": max_depth, "seed": seed})  # expect: WAC101
        mlflow.log_metric("auc", metrics["auc"])  # expect: WAC101
    if metrics["auc"] < min_auc:
        return {"promoted": False, **metrics}
    version = await promote("churn", metrics["auc"])
    return {"promoted": True, "version": version, **metrics}
