# SDK: wmill 1.850.0: every task call that is not in the checkpoint raises _StepSuspend (a BaseException) through the body, so with-blocks exit every round
"""Data migration: a maintenance banner is switched on, and an ExitStack callback switches it off."""
import contextlib

import requests
from wmill import task, workflow

STATUS_API = "https://status.example.com/api/v1/banner"


@task()
async def migrate_batch(table: str, batch: int) -> int:
    import psycopg
    import wmill

    with psycopg.connect(**wmill.get_resource("f/db/main")) as conn:
        cur = conn.execute("select migrate_batch(%s, %s)", (table, batch))
        return cur.fetchone()[0]


@task()
async def show_banner(message: str) -> None:
    requests.put(STATUS_API, json={"message": message, "visible": True}, timeout=10)


@workflow
async def main(table: str, batches: int):
    await show_banner(f"Maintenance on {table}")
    moved = 0
    with contextlib.ExitStack() as stack:
        stack.callback(requests.delete, STATUS_API, timeout=10)  # expect: WAC101
        for b in range(batches):
            moved += await migrate_batch(table, b)
    return {"table": table, "moved": moved}
