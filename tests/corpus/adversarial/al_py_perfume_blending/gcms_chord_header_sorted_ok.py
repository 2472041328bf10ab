# SDK: wmill 1.850.0 keys task calls by name and call order (`_alloc_key`); the header is built from `sorted(set(sample_ids))`, the same order in every process, so each key is given the same sample on replay
"""GC-MS quality control of incoming essential oils, ported from a Celery chord; the
header signatures are `functools.partial` objects over the sorted, distinct samples."""

import asyncio
from functools import partial

import httpx

from wmill import task, workflow


@task(timeout=1800, tag="gcms")
async def gc_ms_run(sample_id: str) -> dict:
    async with httpx.AsyncClient(base_url="https://gcms.atelier.example", timeout=60) as client:
        r = await client.post("/runs", json={"sample": sample_id})
        r.raise_for_status()
        return {"sample": sample_id, "peaks": r.json()["peaks"]}


@task(timeout=300)
async def summarize(lot_id: str, runs: list[dict]) -> dict:
    async with httpx.AsyncClient(base_url="https://lims.atelier.example") as client:
        r = await client.post(f"/lots/{lot_id}/qc", json={"runs": runs})
        r.raise_for_status()
        return r.json()


@workflow
async def main(lot_id: str, sample_ids: list[str]):
    header = [partial(gc_ms_run, sid) for sid in sorted(set(sample_ids))]
    runs = await asyncio.gather(*(sig() for sig in header))
    return await summarize(lot_id, list(runs))
