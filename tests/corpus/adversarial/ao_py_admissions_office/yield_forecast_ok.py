# SDK: wmill 1.850.0: an async list comprehension `[await t(x) for x in xs]` awaits each task in list order; a coroutine stored in a name and awaited later is dispatched where it is awaited; a dict of task coroutines gathered by `.values()` keeps insertion order; wmill.get_workspace() is the run's workspace; a file beside the script read at module level is configuration
"""Yield forecast: after the admit release, estimate how many admits will enroll in
each program from deposit history and this year's engagement, and publish the
forecast to the enrollment dashboard."""

from __future__ import annotations

import asyncio
import json
import logging
import math
from pathlib import Path

import httpx
import wmill
from wmill import step, task, workflow

log = logging.getLogger("admissions.yield")

PRIORS_FILE = Path(__file__).with_name("yield_priors.json")
PRIORS = json.loads(PRIORS_FILE.read_text()) if PRIORS_FILE.exists() else {}
SIS = "https://sis.example-university.edu/api"


def logistic(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def forecast(admits: int, engagement: float, prior: float) -> int:
    return round(admits * logistic(math.log(prior / (1 - prior)) + 1.8 * (engagement - 0.5)))


@task()
async def programs(term: str) -> list[str]:
    async with httpx.AsyncClient(base_url=SIS, timeout=30) as c:
        r = await c.get(f"/terms/{term}/programs")
        r.raise_for_status()
        return [p["code"] for p in r.json()]


@task()
async def admit_count(term: str, program: str) -> int:
    async with httpx.AsyncClient(base_url=SIS, timeout=30) as c:
        r = await c.get(f"/terms/{term}/programs/{program}/admits/count")
        r.raise_for_status()
        return int(r.json()["count"])


@task()
async def engagement(term: str, program: str) -> float:
    async with httpx.AsyncClient(base_url=SIS, timeout=30) as c:
        r = await c.get(f"/terms/{term}/programs/{program}/engagement")
        r.raise_for_status()
        return float(r.json()["score"])


@task()
async def publish(workspace: str, term: str, rows: list[dict]) -> str:
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.put(f"https://dash.example-university.edu/api/{workspace}/yield/{term}", json=rows)
        r.raise_for_status()
        return r.json()["version"]


@workflow
async def main(term: str, default_prior: float = 0.32):
    codes = await programs(term)
    counts = [await admit_count(term, code) for code in codes]

    pending = {code: engagement(term, code) for code in codes}
    scores = dict(zip(pending, await asyncio.gather(*pending.values())))

    rows = []
    for code, admits in zip(codes, counts):
        prior = float(PRIORS.get(code, default_prior))
        rows.append({"program": code, "admits": admits, "forecast": forecast(admits, scores[code], prior)})

    version_coro = publish(wmill.get_workspace(), term, rows)  # expect: WAC903
    log.info("publishing %d rows", len(rows))
    version = await version_coro
    total = await step("total", lambda: sum(r["forecast"] for r in rows))
    return {"term": term, "version": version, "total_forecast": total}
