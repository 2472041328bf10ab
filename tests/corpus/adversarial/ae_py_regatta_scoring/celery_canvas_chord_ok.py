# SDK: wmill 1.850.0 asyncio.gather over task coroutines suspends once in "parallel" mode with keys in call order; partials of tasks are plain callables
import asyncio
import functools
import logging
from typing import Awaitable, Callable

import httpx
from wmill import task, workflow

log = logging.getLogger("regatta.canvas")

SCORING_API = "https://scoring.regatta.example/api"

Signature = Callable[[], Awaitable[dict]]


@task()
async def score_fleet(event_id: str, fleet: str, race_no: int) -> dict:
    r = httpx.post(f"{SCORING_API}/events/{event_id}/fleets/{fleet}/races/{race_no}/score")
    r.raise_for_status()
    return r.json()


@task()
async def merge_fleets(event_id: str, race_no: int, parts: list[dict]) -> dict:
    merged = sorted((row for p in parts for row in p["rows"]), key=lambda r: r["points"])
    return {"event": event_id, "race": race_no, "rows": merged}


@task()
async def announce(event_id: str, summary: dict) -> str:
    r = httpx.post(f"{SCORING_API}/events/{event_id}/announcements", json=summary)
    r.raise_for_status()
    return r.json()["id"]


def signature(fn, *args) -> Signature:
    """What `fn.s(*args)` was in the Celery version."""
    return functools.partial(fn, *args)


async def group(sigs: list[Signature]) -> list[dict]:
    return list(await asyncio.gather(*(s() for s in sigs)))


async def chord(header: list[Signature], callback: Callable[[list[dict]], Awaitable[dict]]) -> dict:
    return await callback(await group(header))


@workflow
async def main(event_id: str, fleets: list[str], race_no: int):
    header = [signature(score_fleet, event_id, fleet, race_no) for fleet in fleets]
    merged = await chord(header, functools.partial(merge_fleets, event_id, race_no))
    log.info("race %d: %d boats scored across %d fleets", race_no, len(merged["rows"]), len(fleets))
    announcement = await announce(event_id, {"race": race_no, "leader": merged["rows"][0]["boat"] if merged["rows"] else None})
    return {"race": race_no, "announcement": announcement}
