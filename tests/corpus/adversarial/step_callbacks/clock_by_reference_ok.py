# SDK: wmill 1.850.0 client.py _run_inline_step calls fn() with no arguments, once, and checkpoints its JSON; time.time and a partial of secrets.token_hex passed by reference run there.
import functools
import secrets
import time

from wmill import step, task, workflow


@task()
async def open_batch(batch_id: str, opened_at: float) -> dict:
    return {"batch": batch_id, "opened_at": opened_at}


@task()
async def add_payment(batch_id: str, payment: dict) -> str:
    return payment["id"]


@workflow
async def main(payments: list[dict]):
    opened_at = await step("opened_at", time.time)
    batch_id = await step("batch_id", functools.partial(secrets.token_hex, 8))
    batch = await open_batch(batch_id, opened_at)
    added = [await add_payment(batch["batch"], p) for p in payments]
    return {"batch": batch, "added": added}
