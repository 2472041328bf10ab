# SDK: wmill 1.850.0 a task per item awaited in a loop gets keys evaluate_model, evaluate_model_2, ... in list order; tqdm only writes progress to stderr
from tqdm.auto import tqdm
from wmill import task, workflow


@task(timeout=3600, tag="gpu")
async def evaluate_model(model_uri: str, dataset: str, seed: int) -> dict:
    import numpy as np
    import torch

    torch.manual_seed(seed)
    np.random.seed(seed)
    model = torch.jit.load(model_uri)
    data = torch.load(dataset)
    with torch.no_grad():
        preds = model(data["x"]).argmax(dim=1)
    acc = (preds == data["y"]).float().mean().item()
    return {"model": model_uri, "accuracy": round(acc, 4)}


@task()
async def log_leaderboard(rows: list[dict]) -> None:
    import mlflow

    mlflow.set_tracking_uri("https://mlflow.internal.example.com")
    with mlflow.start_run(run_name="weekly-eval"):
        for i, row in enumerate(rows):
            mlflow.log_metric(f"acc_{i}", row["accuracy"])


@workflow
async def main(models: list[str], dataset: str = "s3://ml-datasets/holdout.pt", seed: int = 7):
    results = []
    for uri in tqdm(models, desc="evaluating"):
        results.append(await evaluate_model(uri, dataset, seed))
    ranked = sorted(results, key=lambda r: r["accuracy"], reverse=True)
    await log_leaderboard(ranked)
    return {"best": ranked[0] if ranked else None, "evaluated": len(ranked)}
