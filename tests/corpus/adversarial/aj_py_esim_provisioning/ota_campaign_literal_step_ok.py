# SDK: wmill 1.850.0 a literal step name used in a loop gets keys `wave_summary`, `wave_summary_2`, ... in call order (`_alloc_key`), the same on every replay
"""Over-the-air profile update campaign across a fleet of eSIMs, written by an LLM agent (waves in a fixed order)."""

from __future__ import annotations

import logging

from wmill import step, task, workflow

log = logging.getLogger("esim.ota")

OTA = "https://ota.carrier.example/api"


@task(timeout=600)
async def push_update(eids: list[str], package: str) -> dict:
    import requests

    r = requests.post(f"{OTA}/campaigns", json={"eids": eids, "package": package}, timeout=500)
    r.raise_for_status()
    return r.json()


@task(timeout=300)
async def campaign_status(campaign_id: str) -> dict:
    import requests

    r = requests.get(f"{OTA}/campaigns/{campaign_id}", timeout=60)
    r.raise_for_status()
    return r.json()


def chunk(xs: list[str], n: int) -> list[list[str]]:
    return [xs[i : i + n] for i in range(0, len(xs), n)]


@workflow
async def main(eids: list[str], package: str, wave_size: int = 500):
    outcomes = []
    for number, wave in enumerate(chunk(eids, wave_size), 1):
        campaign = await push_update(wave, package)
        status = await campaign_status(campaign["id"])
        summary = await step("wave_summary", lambda: {"ok": status["succeeded"], "failed": status["failed"]})
        outcomes.append(summary)
        if summary["failed"] > len(wave) // 10:
            log.warning("wave %d failed too often, stopping", number)
            break
    return {"waves": len(outcomes), "failed": sum(o["failed"] for o in outcomes)}
