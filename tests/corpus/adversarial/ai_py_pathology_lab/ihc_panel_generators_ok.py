# SDK: wmill 1.850.0 dispatches a task when its wrapper is called; a sync generator that yields task coroutines lazily creates each one only when the loop pulls it and awaits it at once, and an async generator awaiting one task per marker stops dispatching at the `break` (keys follow call order, the same in every replay)
"""Immunohistochemistry panel: stain markers one by one until the differential is settled (agent-written)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from enum import Enum
from typing import Literal

from wmill import step, task, workflow

log = logging.getLogger("path.ihc")

IHC_API = "https://ihc.path.example"


class Panel(str, Enum):
    LYMPHOMA = "lymphoma"
    CARCINOMA = "carcinoma"
    SARCOMA = "sarcoma"


PANELS: dict[str, list[str]] = {
    "lymphoma": ["CD20", "CD3", "CD10", "BCL6", "MUM1", "Ki67"],
    "carcinoma": ["CK7", "CK20", "TTF1", "CDX2", "GATA3"],
    "sarcoma": ["SOX10", "S100", "DES", "SMA", "CD34"],
}


@task(timeout=7200, tag="ihc")
async def stain_marker(block_id: str, marker: str) -> dict:
    import httpx

    r = httpx.post(f"{IHC_API}/stain", json={"block": block_id, "marker": marker}, timeout=7000)
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def file_addendum(case_id: str, results: list[dict]) -> str:
    import httpx

    r = httpx.post(f"{IHC_API}/cases/{case_id}/addenda", json={"results": results})
    r.raise_for_status()
    return r.json()["addendum_id"]


def controls(block_id: str) -> Iterator:
    for marker in ("VIM", "CK-PAN"):
        yield stain_marker(block_id, marker)


async def stained(block_id: str, markers: list[str]) -> AsyncIterator[dict]:
    for marker in markers:
        yield await stain_marker(block_id, marker)


@workflow
async def main(case_id: str, block_id: str, panel: Panel = Panel.CARCINOMA, stop_at: Literal["first_positive", "all"] = "first_positive"):
    control_results = []
    for pending in controls(block_id):
        control_results.append(await pending)
    if not all(c.get("valid") for c in control_results):
        return {"case": case_id, "status": "control failure"}
    results: list[dict] = []
    async for res in stained(block_id, PANELS[panel]):
        results.append(res)
        if stop_at == "first_positive" and (score := res.get("h_score", 0)) >= 150:
            log.info("marker %s positive (H-score %d)", res["marker"], score)
            break
    addendum = await file_addendum(case_id, results)
    summary = await step("summary", lambda: {"markers": [r["marker"] for r in results], "addendum": addendum})
    return summary
