# SDK: wmill 1.850.0 calling a @task wrapper in the body only queues a step; any other function the body calls runs in every round
"""Webhook ingestion ported from a Django view: a list of stages, each taking and returning the payload."""
import logging
from typing import Awaitable, Callable

from wmill import task, workflow

log = logging.getLogger("ingest")

Stage = Callable[[dict], Awaitable[dict]]


async def run_pipeline(stages: list[Stage], payload: dict) -> dict:
    for stage in stages:
        log.debug("stage %s", getattr(stage, "__name__", stage))
        payload = await stage(payload)
    return payload


async def validate(payload: dict) -> dict:
    missing = {"event", "account"} - payload.keys()
    if missing:
        raise ValueError(f"missing fields: {sorted(missing)}")
    return payload


async def geo_enrich(payload: dict) -> dict:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.get(f"https://ipinfo.io/{payload.get('ip', '')}/json")
    return {**payload, "country": resp.json().get("country")}


@task(timeout=120)
async def persist(payload: dict) -> dict:
    import asyncpg

    conn = await asyncpg.connect("postgresql://events/rw")
    try:
        row_id = await conn.fetchval("insert into events(body) values($1) returning id", payload)
    finally:
        await conn.close()
    return {**payload, "id": row_id}


@workflow
async def main(payload: dict):
    stored = await run_pipeline([validate, geo_enrich, persist], payload)  # expect: WAC101
    return {"id": stored["id"], "country": stored.get("country")}
