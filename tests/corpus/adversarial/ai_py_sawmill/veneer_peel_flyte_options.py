# SDK: wmill 1.850.0 `task(_func=None, *, path, tag, timeout, cache_ttl, priority, concurrency_limit, concurrency_key, concurrency_time_window_s, retry)`: Flyte's `cache=True, cache_version=..., retries=...` are unknown keywords, a TypeError when the module loads
"""Veneer peeling line: peel, clip and dry sheets per log, ported from a Flyte workflow with cached tasks."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass

from wmill import step, task, workflow

log = logging.getLogger("sawmill.veneer")

LATHE = "https://lathe.mill.example"


@dataclass(frozen=True)
class PeelSpec:
    thickness_mm: float
    sheet_width_mm: int
    core_diameter_mm: int


@task(cache=True, cache_version="2.1", retries=3, timeout=900)  # expect: WAC302
async def peel_log(log_id: str, spec: dict) -> dict:
    import httpx

    r = httpx.post(f"{LATHE}/peel", json={"log": log_id, **spec}, timeout=600)
    r.raise_for_status()
    return r.json()


@task(timeout=300, tag="clipper")
async def clip_sheets(ribbon_id: str, sheet_width_mm: int) -> list[dict]:
    import httpx

    r = httpx.post(f"{LATHE}/ribbons/{ribbon_id}/clip", json={"width": sheet_width_mm}, timeout=240)
    r.raise_for_status()
    return r.json()["sheets"]


@task(timeout=1800, tag="dryer", retry={"attempts": 2, "delay": 60})
async def dry_sheets(sheet_ids: list[str], target_mc: float) -> dict:
    import httpx

    r = httpx.post(f"{LATHE}/dryer/load", json={"sheets": sheet_ids, "target_mc": target_mc}, timeout=1500)
    r.raise_for_status()
    return r.json()


def defects(sheets: list[dict]) -> list[str]:
    return [s["id"] for s in sheets if s.get("split") or s.get("knot_holes", 0) > 2]


@workflow
async def main(log_ids: list[str], thickness_mm: float = 1.5, sheet_width_mm: int = 1300, target_mc: float = 6.0):
    spec = PeelSpec(thickness_mm, sheet_width_mm, core_diameter_mm=65)
    all_good: list[str] = []
    rejects: list[str] = []
    for log_id in log_ids:
        ribbon = await peel_log(log_id, asdict(spec))
        sheets = await clip_sheets(ribbon["ribbon_id"], sheet_width_mm)
        bad = set(defects(sheets))
        rejects.extend(sorted(bad))
        all_good.extend(s["id"] for s in sheets if s["id"] not in bad)
    dried = await dry_sheets(all_good, target_mc)
    report = await step("report", lambda: {"good": len(all_good), "rejects": len(rejects), "dryer": dried.get("run_id")})
    log.info("veneer run %s", report)
    return report
