# SDK: wmill 1.850.0 `step(name, fn)` calls `fn()` with no arguments; the lambda closes over the accession and block count, as Restate's `args=` did
"""Grossing: accession a specimen, print cassette labels and queue processing (ported from a Restate handler)."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

from wmill import step, task, workflow

log = logging.getLogger("path.grossing")

LIS = "https://lis.path.example/api"
PRINTER = "https://printers.path.example"


@dataclass
class Specimen:
    accession: str
    site: str
    blocks: int


def print_labels(accession: str, blocks: int = 1) -> list[str]:
    import requests

    ids = [f"{accession}-{i + 1:02d}" for i in range(blocks)]
    requests.post(f"{PRINTER}/cassettes", json={"labels": ids}, timeout=15).raise_for_status()
    return ids


@task(timeout=120)
async def accession_specimen(order_id: str, site: str) -> dict:
    import requests

    r = requests.post(f"{LIS}/specimens", json={"order": order_id, "site": site}, timeout=30)
    r.raise_for_status()
    return r.json()


@task(timeout=300, tag="processor")
async def queue_processing(cassettes: list[str], program: str) -> dict:
    import requests

    r = requests.post(f"{LIS}/processor/queue", json={"cassettes": cassettes, "program": program}, timeout=60)
    r.raise_for_status()
    return r.json()


@workflow
async def main(order_id: str, site: str, blocks: int = 2, program: str = "overnight"):
    raw = await accession_specimen(order_id, site)
    spec = Specimen(accession=raw["accession"], site=site, blocks=max(1, min(blocks, 12)))
    idem = await step("idempotency_key", lambda: str(uuid.uuid4()))
    cassettes = await step("print_labels", lambda: print_labels(spec.accession, spec.blocks))
    queued = await queue_processing(cassettes, program)
    log.info("specimen %s queued %s (%s)", spec.accession, queued.get("run"), idem)
    return {"accession": spec.accession, "cassettes": cassettes, "run": queued.get("run")}
