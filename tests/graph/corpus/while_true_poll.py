# Poll a batch job until it finishes: `while True` with `continue` and
# `break`, a durable sleep between polls, and a final download.
import requests
from wmill import sleep, task, workflow

MINUTE = 60


@task()
async def submit_batch(query: str) -> str:
    return requests.post(
        "https://warehouse.example/batches", json={"query": query}, timeout=30
    ).json()["id"]


@task()
async def batch_state(batch_id: str) -> str:
    return requests.get(f"https://warehouse.example/batches/{batch_id}", timeout=30).json()["state"]


@task()
async def fetch_results(batch_id: str) -> list:
    return requests.get(f"https://warehouse.example/batches/{batch_id}/rows", timeout=60).json()


@workflow
async def main(query: str):
    batch_id = await submit_batch(query)
    while True:
        state = await batch_state(batch_id)
        if state == "queued":
            await sleep(5 * MINUTE)
            continue
        if state in ("done", "failed"):
            break
        await sleep(MINUTE)
    if state == "failed":
        return {"batch": batch_id, "rows": 0}
    rows = await fetch_results(batch_id)
    return {"batch": batch_id, "rows": len(rows)}
