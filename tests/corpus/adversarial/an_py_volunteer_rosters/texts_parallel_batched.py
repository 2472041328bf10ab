# SDK: wmill 1.850.0 client.py: parallel(items, fn, concurrency=...) runs `if not items` and then `items[i : i + batch_size]`; itertools.batched returns an iterator, which cannot be sliced (TypeError before any task is dispatched)
"""Text every volunteer of a drive in batches of 25 (Python 3.12 itertools.batched)."""

import itertools

import httpx

from wmill import parallel, task, workflow


@task(timeout=120)
async def list_volunteers(drive_id: str) -> list[str]:
    async with httpx.AsyncClient() as http:
        r = await http.get(f"https://roster.foodbank.example/api/drives/{drive_id}/volunteers")
        r.raise_for_status()
        return [v["phone"] for v in r.json()]


@task(timeout=300)
async def text_batch(phones: list[str]) -> int:
    async with httpx.AsyncClient() as http:
        r = await http.post("https://sms.example/api/bulk", json={"to": phones, "template": "drive-reminder"})
        r.raise_for_status()
        return r.json()["accepted"]


@workflow
async def main(drive_id: str):
    phones = await list_volunteers(drive_id)
    accepted = await parallel(itertools.batched(phones, 25), text_batch, concurrency=4)  # expect: WAC301
    return {"texted": sum(accepted)}
