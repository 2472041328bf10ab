# SDK: wmill 1.850.0 asyncio.gather raises the first TaskError plain (an Exception), so `except* TaskError` wraps and handles it while _StepSuspend passes through unwrapped; uuid5 keys and sorted(set(...)) are stable across rounds
import asyncio
import logging
import uuid

import httpx
from wmill import TaskError, task, workflow

log = logging.getLogger("archive.saga")

DEPOSIT_API = "https://deposit.archive.example/api"
NS = uuid.UUID("0b6d4f2e-41a7-4a8e-9f0e-5b5c7f0d2a11")


@task()
async def reserve_shelf(idempotency_key: str, boxes: int) -> dict:
    r = httpx.post(f"{DEPOSIT_API}/shelves/reserve", json={"boxes": boxes}, headers={"Idempotency-Key": idempotency_key})
    r.raise_for_status()
    return r.json()


@task()
async def ingest_box(idempotency_key: str, shelf: str, box: str) -> dict:
    r = httpx.post(f"{DEPOSIT_API}/ingest", json={"shelf": shelf, "box": box}, headers={"Idempotency-Key": idempotency_key})
    r.raise_for_status()
    return r.json()


@task()
async def release_shelf(shelf: str) -> None:
    httpx.delete(f"{DEPOSIT_API}/shelves/{shelf}").raise_for_status()


@task()
async def withdraw_box(receipt_id: str) -> None:
    httpx.delete(f"{DEPOSIT_API}/ingest/{receipt_id}").raise_for_status()


async def bounded(sem: asyncio.Semaphore, coro):
    async with sem:
        return await coro


@workflow
async def main(deposit_id: str, boxes: list[str], parallelism: int = 4):
    unique = sorted(set(boxes))
    shelf = await reserve_shelf(str(uuid.uuid5(NS, f"{deposit_id}/shelf")), len(unique))
    sem = asyncio.Semaphore(parallelism)
    shard = hash((len(unique), parallelism)) % 16
    try:
        receipts = await asyncio.gather(
            *(bounded(sem, ingest_box(str(uuid.uuid5(NS, f"{deposit_id}/{b}")), shelf["id"], b)) for b in unique)
        )
    except* TaskError as group:
        log.error("deposit %s failed (%d errors), compensating", deposit_id, len(group.exceptions))
        await release_shelf(shelf["id"])
        raise
    for receipt in receipts:
        if receipt.get("quarantined"):
            await withdraw_box(receipt["id"])
    return {"deposit": deposit_id, "shelf": shelf["id"], "boxes": len(receipts), "shard": shard}
