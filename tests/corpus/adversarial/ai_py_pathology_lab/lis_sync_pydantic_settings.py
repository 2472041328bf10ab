# SDK: wmill 1.850.0 re-runs the body in every round, in whichever worker takes it; a pydantic-settings `BaseSettings()` built in the body reads the worker's environment variables there, and the batch size it decides shapes which tasks are dispatched
"""Nightly LIS to data-warehouse sync of finalized cases (agent-written, config in pydantic)."""

from __future__ import annotations

import logging
from typing import Literal

from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict
from wmill import parallel, task, workflow

log = logging.getLogger("path.lis_sync")


class SyncSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LIS_SYNC_")
    batch_size: int = 200
    warehouse_schema: str = "pathology"


class SyncRequest(BaseModel):
    since: str
    mode: Literal["incremental", "full"] = "incremental"
    sites: list[str] = Field(default_factory=list)


@task(timeout=300)
async def finalized_case_ids(since: str, sites: list[str]) -> list[str]:
    import httpx

    r = httpx.get("https://lis.path.example/api/cases", params={"state": "final", "since": since, "site": sites})
    r.raise_for_status()
    return r.json()["ids"]


@task(timeout=1200, tag="warehouse")
async def load_batch(case_ids: list[str], schema: str) -> int:
    import psycopg

    with psycopg.connect("dbname=dw") as conn:
        conn.execute(f"call {schema}.load_cases(%s)", (case_ids,))
    return len(case_ids)


@workflow
async def main(since: str, mode: Literal["incremental", "full"] = "incremental", sites: list[str] | None = None):
    req = SyncRequest(since=since, mode=mode, sites=sites or [])
    settings = SyncSettings()  # expect: WAC102
    ids = await finalized_case_ids("1970-01-01" if req.mode == "full" else req.since, req.sites)
    batches = [ids[i : i + settings.batch_size] for i in range(0, len(ids), settings.batch_size)]
    loaded = await parallel(batches, lambda b: load_batch(b, settings.warehouse_schema), concurrency=2)
    log.info("loaded %d cases in %d batches", sum(loaded), len(batches))
    return {"cases": sum(loaded), "batches": len(batches)}
