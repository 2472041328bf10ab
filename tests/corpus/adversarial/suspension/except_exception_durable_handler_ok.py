# SDK: wmill 1.850.0 client.py: `except Exception` never sees _StepSuspend (a BaseException), so a task awaited in the handler only runs after a real failure.
from wmill import task, workflow


@task(timeout=1800)
async def train_model(dataset: str, epochs: int) -> dict:
    return {"dataset": dataset, "accuracy": 0.93}


@task()
async def open_ticket(title: str, body: str) -> str:
    return "ML-42"


@workflow
async def main(dataset: str, epochs: int = 10):
    try:
        return await train_model(dataset, epochs)
    except Exception as exc:
        ticket = await open_ticket(f"training failed on {dataset}", repr(exc))
        return {"dataset": dataset, "ticket": ticket}
