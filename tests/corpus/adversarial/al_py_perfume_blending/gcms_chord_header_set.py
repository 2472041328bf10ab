# SDK: wmill 1.850.0 keys task calls by name and call order (`_alloc_key`: `gc_ms_run`, `gc_ms_run_2`, ...); the header list is built by iterating `set(sample_ids)` (str hashing, salted per process), so on replay each key is given another sample
"""GC-MS quality control of incoming essential oils. Ported from a Celery chord: the
header was `group(gc_ms_run.s(sid) for sid in set(sample_ids))`, the body
`chord(header)(summarize.s())`. Signatures became `functools.partial` objects."""

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
    header = [partial(gc_ms_run, sid) for sid in set(sample_ids)]
    runs = await asyncio.gather(*(sig() for sig in header))  # expect: WAC105
    return await summarize(lot_id, list(runs))
