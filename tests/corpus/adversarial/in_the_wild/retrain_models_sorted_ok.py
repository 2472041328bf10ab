# SDK: wmill 1.850.0 client.py: task step keys follow call order; `sorted(set(...))` and `dict.fromkeys` give the same order on every replay.
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
async def main(models: list[str], dataset: str, extra: list[str] | None = None):
    results = []
    for name in sorted(set(models)):
        log.info("training %s", name)
        results.append(await train(name, dataset))
    for name in dict.fromkeys(extra or []):
        results.append(await train(name, dataset))
    return {"best": await register(results)}
