# SDK: wmill 1.850.0 client.py: a wmill task call allocates its step key when it is made, so `map(notify, owners)` over a set of strings dispatches in the set's per-process order; the set itself is never passed to the task (each item is).
import asyncio

from wmill import task, workflow


@task()
async def notify(owner: str) -> str:
    return owner


@workflow
async def main(alerts: list[dict]):
    owners = {a["owner"] for a in alerts}
    return await asyncio.gather(*map(notify, owners))  # expect: WAC105
