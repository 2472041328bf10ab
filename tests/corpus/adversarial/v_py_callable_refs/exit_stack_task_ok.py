# SDK: wmill 1.850.0: a task awaited after the loop runs once; an ExitStack that only closes a local file handle does no I/O off the machine
"""Data migration: the banner is removed by a task after the batches, and a local log file is closed by the stack."""
import contextlib
import io

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
async def set_banner(message: str, visible: bool) -> None:
    requests.put(STATUS_API, json={"message": message, "visible": visible}, timeout=10)


@workflow
async def main(table: str, batches: int):
    await set_banner(f"Maintenance on {table}", True)
    moved = 0
    with contextlib.ExitStack() as stack:
        notes = stack.enter_context(io.StringIO())
        for b in range(batches):
            n = await migrate_batch(table, b)
            notes.write(f"batch {b}: {n}\n")
            moved += n
        summary = notes.getvalue()
    await set_banner("", False)
    return {"table": table, "moved": moved, "notes": summary}
