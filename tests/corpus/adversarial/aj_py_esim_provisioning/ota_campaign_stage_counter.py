# SDK: wmill 1.850.0 a step's key is its name (`_alloc_key`); names built from a class-level counter are not literals Windmill's guide allows, and they shift when a stage is added or skipped between deploys
"""Over-the-air profile update campaign across a fleet of eSIMs, written by an LLM agent (a Stage class per step)."""

from __future__ import annotations

import logging

from wmill import step, task, workflow

log = logging.getLogger("esim.ota")

OTA = "https://ota.carrier.example/api"


class Stage:
    counter = 0

    def __init__(self, label: str):
        Stage.counter += 1
        self.label = label
        self.key = f"stage_{Stage.counter:02d}_{label}"


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
    for wave in chunk(eids, wave_size):
        stage = Stage(f"wave{len(outcomes) + 1}")
        campaign = await push_update(wave, package)
        status = await campaign_status(campaign["id"])
        summary = await step(stage.key, lambda: {"ok": status["succeeded"], "failed": status["failed"]})  # expect: WAC103
        outcomes.append(summary)
        if summary["failed"] > len(wave) // 10:
            log.warning("wave %s failed too often, stopping", stage.label)
            break
    return {"waves": len(outcomes), "failed": sum(o["failed"] for o in outcomes)}
