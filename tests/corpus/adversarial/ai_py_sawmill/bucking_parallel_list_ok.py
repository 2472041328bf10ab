# SDK: wmill 1.850.0 `parallel` slices its items; `list(plan)` is a list of the stem ids in the order the task returned them, so batches and keys are stable
"""Log bucking: cut each stem into logs by the optimiser's plan (Kubeflow `dsl.ParallelFor` ported to `parallel`)."""

from __future__ import annotations

import logging
from typing import TypedDict

from wmill import parallel, task, wait_for_approval, workflow

log = logging.getLogger("sawmill.bucking")

OPTIMISER = "https://optimiser.mill.example"


class CutPlan(TypedDict):
    stem_id: str
    cuts_mm: list[int]
    value_eur: float


@task(timeout=300)
async def optimise(deck: str, species: str) -> dict[str, CutPlan]:
    import httpx

    r = httpx.post(f"{OPTIMISER}/decks/{deck}/optimise", json={"species": species}, timeout=120)
    r.raise_for_status()
    return {p["stem_id"]: p for p in r.json()["plans"]}


@task(timeout=600, tag="saw-line")
async def buck_stem(stem_id: str) -> dict:
    import httpx

    r = httpx.post(f"{OPTIMISER}/stems/{stem_id}/buck", timeout=300)
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def record_yield(deck: str, logs: list[dict]) -> float:
    total = sum(float(l.get("value_eur", 0)) for l in logs)
    return round(total, 2)


@workflow
async def main(deck: str, species: str = "spruce", approve_over_eur: float = 25000.0):
    plan = await optimise(deck, species)
    expected = sum(p["value_eur"] for p in plan.values())
    if expected > approve_over_eur:
        decision = await wait_for_approval(timeout=4 * 3600, key="high_value_deck", description=f"Deck {deck}: {expected:.0f} EUR")
        if not decision.get("approved"):
            return {"deck": deck, "status": "held"}
    logs = await parallel(list(plan), buck_stem, concurrency=3)
    value = await record_yield(deck, logs)
    log.info("deck %s bucked %d stems for %.2f EUR", deck, len(logs), value)
    return {"deck": deck, "stems": len(logs), "value_eur": value}
