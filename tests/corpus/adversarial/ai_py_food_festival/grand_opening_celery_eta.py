# SDK: wmill 1.850.0 `sleep(seconds)` checkpoints only that a sleep happened (key sleep, sleep_2, ...); the seconds computed from `datetime.now()` in the body differ per round, and a replay after the opening computes a negative wait
"""Grand opening: announce, wait until the gates open, start the card readers (Celery `apply_async(eta=...)` ported)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from wmill import sleep, task, workflow

log = logging.getLogger("festival.opening")

OPS = "https://ops.festival.example"


@task(timeout=120)
async def announce(channel: str, text: str) -> None:
    import httpx

    httpx.post(f"{OPS}/announce", json={"channel": channel, "text": text}).raise_for_status()


@task(timeout=300, tag="payments")
async def enable_card_readers(zone: str) -> int:
    import httpx

    r = httpx.post(f"{OPS}/zones/{zone}/readers/enable")
    r.raise_for_status()
    return r.json()["enabled"]


@task(timeout=120)
async def open_gates(gates: list[str]) -> None:
    import httpx

    httpx.post(f"{OPS}/gates/open", json={"gates": gates}).raise_for_status()


@workflow
async def main(opens_at: str, zones: list[str], gates: list[str], channel: str = "#ops"):
    eta = datetime.fromisoformat(opens_at).astimezone(UTC)
    await announce(channel, f"Gates open at {eta:%H:%M} UTC")
    wait_s = (eta - datetime.now(UTC)).total_seconds() - 15 * 60  # expect: WAC102
    if wait_s > 0:
        await sleep(int(wait_s))
    enabled = {}
    for zone in zones:
        enabled[zone] = await enable_card_readers(zone)
    await open_gates(gates)
    await announce(channel, "Gates are open")
    log.info("readers enabled %s", enabled)
    return {"readers": enabled}
