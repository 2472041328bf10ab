# SDK: wmill 1.850.0: a task result crosses JSON with default=str; np.argmax gives np.int64 (no int subclass), written as the string "3"
"""Model selection: pick the best checkpoint by validation loss, then deploy it."""
from wmill import task, workflow


@task(timeout=1800)
async def pick_checkpoint(run_id: str) -> dict:
    import numpy as np
    import wmill

    rows = wmill.datatable("ml").query("select step, val_loss from checkpoints where run_id = $1 order by step", run_id).fetch()
    losses = np.array([r["val_loss"] for r in rows])
    best = np.argmin(losses)
    return {"run": run_id, "best_index": best, "steps": [r["step"] for r in rows]}  # expect: WAC107


@task()
async def deploy(run_id: str, step: int) -> str:
    import httpx

    r = httpx.post("https://serving.internal.example/deploy", json={"run": run_id, "step": step})
    return r.json()["endpoint"]


@workflow
async def main(run_id: str):
    choice = await pick_checkpoint(run_id)
    step_no = choice["steps"][choice["best_index"]]
    return {"endpoint": await deploy(run_id, step_no)}
