# SDK: wmill 1.850.0 runs a task body inside the running loop of `_run_workflow`; `asyncio.to_thread` runs the sync wrapper in a worker thread that has no running loop, so its asyncio.run works there
"""Board grading after the planer, ported from a Flyte workflow (`@task` + `map_task`)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import httpx
from wmill import parallel, task, workflow

log = logging.getLogger("sawmill.grading")

SCANNER_URL = "https://scanner.mill.example"
GRADES = ("FAS", "SEL", "1C", "2C")


@dataclass
class GradeConfig:
    min_length_mm: int = 1800
    reject_wane_pct: float = 12.5


async def _scan_one(client: httpx.AsyncClient, board_id: str) -> dict:
    r = await client.get(f"/boards/{board_id}/scan")
    r.raise_for_status()
    return r.json()


async def _scan_many(board_ids: list[str]) -> list[dict]:
    async with httpx.AsyncClient(base_url=SCANNER_URL, timeout=30) as client:
        return await asyncio.gather(*(_scan_one(client, b) for b in board_ids))


def scan_boards(board_ids: list[str]) -> list[dict]:
    """Sync wrapper kept from the Flyte task (Flyte tasks were plain functions)."""
    return asyncio.run(_scan_many(board_ids))


def grade_of(scan: dict, cfg: GradeConfig) -> str:
    if scan["length_mm"] < cfg.min_length_mm or scan["wane_pct"] > cfg.reject_wane_pct:
        return "REJECT"
    clear = scan["clear_face_pct"]
    return GRADES[0] if clear > 83 else GRADES[1] if clear > 75 else GRADES[2] if clear > 66 else GRADES[3]


@task(timeout=600, tag="scanner")
async def grade_batch(batch_id: str, board_ids: list[str], min_length_mm: int = 1800) -> dict[str, str]:
    cfg = GradeConfig(min_length_mm=min_length_mm)
    scans = await asyncio.to_thread(scan_boards, board_ids)
    return {s["board_id"]: grade_of(s, cfg) for s in scans}


@task(timeout=120)
async def list_batches(shift: str) -> list[dict]:
    r = httpx.get(f"{SCANNER_URL}/shifts/{shift}/batches")
    r.raise_for_status()
    return r.json()["batches"]


@task(timeout=120)
async def post_tally(shift: str, tally: dict[str, int]) -> None:
    httpx.post(f"{SCANNER_URL}/shifts/{shift}/tally", json=tally).raise_for_status()


async def grade_one(batch: dict) -> dict[str, str]:
    return await grade_batch(batch["id"], batch["boards"])


@workflow
async def main(shift: str, min_length_mm: int = 1800):
    batches = await list_batches(shift)
    graded = await parallel(batches, grade_one, concurrency=4)
    tally: dict[str, int] = {}
    for grades in graded:
        for g in grades.values():
            tally[g] = tally.get(g, 0) + 1
    log.info("shift %s tally %s", shift, tally)
    await post_tally(shift, tally)
    return {"shift": shift, "batches": len(batches), "tally": tally}
