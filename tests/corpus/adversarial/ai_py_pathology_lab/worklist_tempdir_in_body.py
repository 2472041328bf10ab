# SDK: wmill 1.850.0 re-runs the workflow body from the top in every round (and in each child job up to its task's key); the CSV written into a temporary directory there is written again each round, on the worker of that round, where the task_script's job never sees it
"""Daily histology worklist: collect open blocks, write the microtome worklist, send it to the cutting room (agent-written from the WAC guide)."""

from __future__ import annotations

import csv
import logging
import tempfile
from pathlib import Path

from wmill import task, task_script, workflow

log = logging.getLogger("path.worklist")

LIS = "https://lis.path.example/api"
send_worklist = task_script("f/histology/send_worklist", timeout=300)


@task(timeout=180)
async def open_blocks(lab: str, day: str) -> list[dict]:
    import httpx

    r = httpx.get(f"{LIS}/labs/{lab}/blocks", params={"state": "embedded", "day": day})
    r.raise_for_status()
    return r.json()["blocks"]


@task(timeout=120)
async def assign_microtomes(lab: str, n_blocks: int) -> list[str]:
    import httpx

    r = httpx.post(f"{LIS}/labs/{lab}/microtomes/assign", json={"blocks": n_blocks})
    r.raise_for_status()
    return r.json()["microtomes"]


def priority(block: dict) -> tuple[int, str]:
    return (0 if block.get("stat") else 1, block["accession"])


@workflow
async def main(lab: str, day: str):
    blocks = sorted(await open_blocks(lab, day), key=priority)
    if not blocks:
        return {"lab": lab, "blocks": 0}
    microtomes = await assign_microtomes(lab, len(blocks))
    with tempfile.TemporaryDirectory(prefix="worklist-") as tmp:  # expect: WAC101
        path = Path(tmp) / f"{lab}-{day}.csv"
        with path.open("w", newline="") as fh:  # expect: WAC101
            writer = csv.writer(fh)
            writer.writerow(["microtome", "accession", "block", "stat"])
            for i, b in enumerate(blocks):
                writer.writerow([microtomes[i % len(microtomes)], b["accession"], b["block"], bool(b.get("stat"))])
        sent = await send_worklist(lab=lab, day=day, csv_path=str(path))
    log.info("worklist for %s sent: %s", lab, sent)
    return {"lab": lab, "blocks": len(blocks), "sent": sent}
