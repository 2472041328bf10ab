# SDK: wmill 1.850.0 functools.partial of a @task wrapper calls the wrapper, which queues the step and returns a coroutine; gathered, all notices go out in one parallel round in neighbour order
"""Pre-blast notices to neighbours, ported from a DBOS workflow (@DBOS.step per channel)."""

from __future__ import annotations

import asyncio
import functools
import logging
from typing import Literal

from wmill import sleep, task, workflow

log = logging.getLogger("quarry.notices")

Channel = Literal["sms", "email", "letter"]


@task(timeout=120, tag="notify")
async def send_notice(address: str, channel: str, template: str, blast_at: str) -> dict:
    import httpx

    r = httpx.post("https://notify.quarry.example/send", json={"to": address, "channel": channel, "template": template, "blast_at": blast_at})
    r.raise_for_status()
    return r.json()


@task(timeout=300)
async def neighbours_within(site: str, radius_m: int) -> list[dict]:
    import httpx

    r = httpx.get(f"https://gis.quarry.example/sites/{site}/neighbours", params={"radius": radius_m})
    r.raise_for_status()
    return r.json()["neighbours"]


@task(timeout=120)
async def sound_siren(site: str) -> None:
    import httpx

    httpx.post(f"https://site.quarry.example/{site}/siren", json={"pattern": "pre-blast"})


HANDLERS = {
    "sms": functools.partial(send_notice, channel="sms", template="preblast_sms"),
    "email": functools.partial(send_notice, channel="email", template="preblast_email"),
    "letter": functools.partial(send_notice, channel="letter", template="preblast_letter"),
}


@workflow
async def main(site: str, blast_at: str, radius_m: int = 800, lead_minutes: int = 30):
    neighbours = await neighbours_within(site, radius_m)
    pending = []
    for n in neighbours:
        channel: Channel = n.get("preferred", "sms")
        pending.append(HANDLERS[channel](n["address"], blast_at=blast_at))
    receipts = await asyncio.gather(*pending)
    failed = [r["to"] for r in receipts if r.get("status") != "queued"]
    if failed:
        log.warning("notices not queued: %s", failed)
    log.info("notified %d neighbours", len(neighbours))
    await sleep(lead_minutes * 60)
    await sound_siren(site)
    return {"site": site, "notified": len(neighbours)}
