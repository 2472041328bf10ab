# SDK: wmill 1.850.0 re-runs the workflow body in every round; the `uuid4()` bound with structlog's `bind_contextvars` only reaches log lines (each round prints its own), nothing the body dispatches or returns reads it; `TYPE_CHECKING` imports never run, and the `orjson` fallback import picks a pure serializer
"""Publish the week's show schedule to the box office, with structured logs.
Written by the data team with their usual module preamble."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

import structlog

from wmill import task, workflow

try:
    import orjson

    def dumps(value) -> str:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()

except ImportError:  # pragma: no cover - local dev without orjson
    import json

    def dumps(value) -> str:
        return json.dumps(value, sort_keys=True)


if TYPE_CHECKING:
    from httpx import AsyncClient

log = structlog.get_logger()


async def post_schedule(client: AsyncClient, week: str, body: str) -> dict:
    r = await client.put(f"/weeks/{week}/schedule", content=body, headers={"content-type": "application/json"})
    r.raise_for_status()
    return r.json()


@task(timeout=300)
async def publish(week: str, body: str) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url="https://boxoffice.planetarium.example") as client:
        return await post_schedule(client, week, body)


@workflow
async def main(week: str, shows: list[dict]):
    structlog.contextvars.bind_contextvars(trace_id=uuid.uuid4().hex, week=week)
    body = dumps({"week": week, "shows": sorted(shows, key=lambda s: (s["day"], s["time"]))})
    log.info("schedule.built", shows=len(shows), size=len(body))
    receipt = await publish(week, body)
    log.info("schedule.published", receipt=receipt.get("id"))
    structlog.contextvars.clear_contextvars()
    return receipt
