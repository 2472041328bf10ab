# SDK: wmill 1.850.0 client.py _run_inline_step calls fn() once and checkpoints the JSON (default=str) of its result; datetime.utcnow passed by reference runs there.
import uuid
from datetime import datetime

from wmill import step, task, workflow


@task()
async def open_batch(batch_id: str, opened_at: str) -> dict:
    return {"batch": batch_id, "opened_at": opened_at}


@task()
async def add_payment(batch_id: str, payment: dict) -> str:
    return payment["id"]


@workflow
async def main(payments: list[dict]):
    opened_at = await step("opened_at", datetime.utcnow)
    batch_id = await step("batch_id", uuid.uuid4)
    batch = await open_batch(str(batch_id), str(opened_at))
    added = [await add_payment(batch["batch"], p) for p in payments]
    return {"batch": batch, "added": added}
