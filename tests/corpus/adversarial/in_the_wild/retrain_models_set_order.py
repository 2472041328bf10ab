# SDK: wmill 1.850.0 client.py: task step keys follow call order (name plus a counter); iterating a set of strings follows the per-process hash seed, so a replay can dispatch the models in another order than the checkpoint recorded.
import logging

from wmill import task, workflow

log = logging.getLogger("retrain")


@task(timeout=3600, tag="gpu")
async def train(model_name: str, dataset: str) -> dict:
    return {"model": model_name, "auc": 0.91}


@task()
async def register(results: list[dict]) -> str:
    best = max(results, key=lambda r: r["auc"])
    return best["model"]


@workflow
async def main(models: list[str], dataset: str):
    results = []
    for name in set(models):  # expect: WAC105
        log.info("training %s", name)
        results.append(await train(name, dataset))
    return {"best": await register(results)}
