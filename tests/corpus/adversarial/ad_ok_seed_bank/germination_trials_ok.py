# SDK: wmill 1.850.0 step() accepts a sync callable and checkpoints its JSON; random.Random(seed) with a seed from the input is reproducible on every replay
import hashlib
import logging
import random
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

import httpx
from wmill import step, task, workflow

log = logging.getLogger("germination")

LAB_API = "https://lab.seedbank.example/api/v2"
TRAY_SIZES = {"small": 25, "standard": 50, "large": 100}


@dataclass(frozen=True)
class Trial:
    accession: str
    tray: str
    seeds: int
    chamber: int


def plan_trials(accessions: list[str], tray: str, seed: int) -> list[Trial]:
    rng = random.Random(seed)
    chambers = list(range(1, 9))
    rng.shuffle(chambers)
    size = TRAY_SIZES[tray]
    return [
        Trial(accession=a, tray=tray, seeds=size, chamber=chambers[i % len(chambers)])
        for i, a in enumerate(sorted(accessions))
    ]


def batch_code(accessions: list[str], tray: str) -> str:
    digest = hashlib.sha256("|".join(sorted(accessions)).encode()).hexdigest()
    return f"GT-{tray[:1].upper()}-{digest[:10]}"


@task(timeout=300)
async def book_chamber(trial: dict, batch: str) -> dict:
    async with httpx.AsyncClient(base_url=LAB_API, timeout=20) as client:
        resp = await client.post("/chambers/book", json={**trial, "batch": batch})
        resp.raise_for_status()
        return resp.json()


@task()
async def publish_plan(batch: str, bookings: list[dict], started_at: str) -> int:
    async with httpx.AsyncClient(base_url=LAB_API) as client:
        resp = await client.post(
            "/plans", json={"batch": batch, "bookings": bookings, "started_at": started_at}
        )
        resp.raise_for_status()
    return len(bookings)


@workflow
async def main(accessions: list[str], tray: str = "standard", seed: int = 7):
    trials = plan_trials(accessions, tray, seed)
    batch = batch_code(accessions, tray)
    log.info("planning %d trials for batch %s", len(trials), batch)
    started_at = await step(
        "started_at", lambda: datetime.now(timezone.utc).isoformat(timespec="seconds")
    )
    bookings = []
    for trial in trials:
        bookings.append(await book_chamber(asdict(trial), batch))
    published = await publish_plan(batch, bookings, started_at)
    return {"batch": batch, "published": published, "started_at": started_at}
