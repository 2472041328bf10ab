# SDK: wmill 1.850.0 client.py: task_flow(path) returns an awaitable wrapper taking kwargs; sleep(seconds) suspends server-side; random/time calls inside @task bodies run in the child job, not on replay.
import asyncio
import random
import time
from dataclasses import asdict, dataclass

from wmill import sleep, step, task, task_flow, workflow

POLL_EVERY_S = 300
MAX_POLLS = 24
MIN_AUC = 0.82

train_pipeline = task_flow("f/ml/train_pipeline", timeout=7200)


@dataclass(frozen=True)
class Metrics:
    auc: float
    logloss: float
    samples: int


@task()
async def sample_eval_set(dataset: str, size: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    return rng.sample(range(1_000_000), size)


@task()
async def training_status(run_id: str) -> dict:
    import requests

    resp = requests.get(f"https://mlflow.internal/api/2.0/mlflow/runs/get?run_id={run_id}", timeout=20)
    return resp.json()["run"]["info"]


@task()
async def evaluate(run_id: str, eval_ids: list[int]) -> dict:
    t0 = time.monotonic()
    await asyncio.sleep(0)  # the real scorer is in the image; this keeps the event loop fair
    return asdict(Metrics(auc=0.85, logloss=0.31, samples=len(eval_ids))) | {"took_s": time.monotonic() - t0}


@task()
async def promote(run_id: str, stage: str) -> bool:
    import requests

    resp = requests.post(
        "https://mlflow.internal/api/2.0/mlflow/model-versions/transition-stage",
        json={"run_id": run_id, "stage": stage},
        timeout=20,
    )
    return resp.ok


@workflow
async def main(dataset: str, eval_size: int = 5000, seed: int = 7):
    run = await train_pipeline(dataset=dataset)
    run_id = run["run_id"]

    status = "RUNNING"
    for _ in range(MAX_POLLS):
        info = await training_status(run_id)
        status = info["status"]
        if status in ("FINISHED", "FAILED", "KILLED"):
            break
        await sleep(POLL_EVERY_S)

    if status != "FINISHED":
        return {"run_id": run_id, "status": status, "promoted": False}

    eval_ids = await sample_eval_set(dataset, eval_size, seed)
    metrics = await evaluate(run_id, eval_ids)
    promoted = metrics["auc"] >= MIN_AUC and await promote(run_id, "Production")
    checked_at = await step("checked_at", lambda: time.time())
    return {"run_id": run_id, "metrics": metrics, "promoted": promoted, "checked_at": checked_at}
