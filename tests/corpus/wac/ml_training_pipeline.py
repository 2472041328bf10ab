# Train a churn model on a GPU worker, evaluate it, and only promote it to
# production if it beats the current model.
from wmill import task, task_script, workflow

load_features = task_script("f/ml/load_features", timeout=1200, tag="etl")


@task(timeout=7200, tag="gpu")
async def train_model(features_uri: str, epochs: int) -> dict:
    import subprocess

    subprocess.run(["python", "-m", "churn.train", "--features", features_uri, "--epochs", str(epochs), "--out", "/tmp/model"], check=True)
    return {"artifact": "s3://models/churn/candidate", "epochs": epochs}


@task(timeout=1800, tag="gpu")
async def evaluate_model(artifact: str, holdout_uri: str) -> dict:
    import json
    import subprocess

    out = subprocess.run(["python", "-m", "churn.evaluate", artifact, holdout_uri], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


@task()
async def current_production_auc() -> float:
    import requests

    return requests.get("https://registry.example/api/models/churn/production", timeout=30).json()["metrics"]["auc"]


@task()
async def promote(artifact: str, auc: float):
    import requests

    requests.post("https://registry.example/api/models/churn/promote", json={"artifact": artifact, "auc": auc}, timeout=30).raise_for_status()


@workflow
async def main(snapshot_date: str, epochs: int = 20):
    features = await load_features(snapshot_date=snapshot_date)
    model = await train_model(features["train_uri"], epochs)
    metrics = await evaluate_model(model["artifact"], features["holdout_uri"])
    baseline = await current_production_auc()
    if metrics["auc"] > baseline + 0.005:
        await promote(model["artifact"], metrics["auc"])
        return {"promoted": True, "auc": metrics["auc"], "baseline": baseline}
    return {"promoted": False, "auc": metrics["auc"], "baseline": baseline}
