# SDK: wmill 1.850.0 each round of the workflow runs in a fresh job process that imports the script again, so the module counter starts at 0 every round and counts the same issues in the same order; only pure values reach the task arguments
"""Explosives magazine issue log for a shift (written by an agent from the WAC guide)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from wmill import task, wait_for_approval, workflow

log = logging.getLogger("quarry.magazine")

_issue_seq = 0
MAX_KG_PER_ISSUE = 400.0


@dataclass(frozen=True)
class Issue:
    product: str
    kg: float
    shotfirer: str


def next_ticket(shift_id: str) -> str:
    global _issue_seq
    _issue_seq += 1
    return f"{shift_id}-{_issue_seq:03d}"


@task(timeout=120, tag="magazine")
async def record_issue(ticket: str, product: str, kg: float, shotfirer: str) -> dict:
    import httpx

    r = httpx.post("https://magazine.quarry.example/issues", json={"ticket": ticket, "product": product, "kg": kg, "by": shotfirer})
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def reconcile(shift_id: str, tickets: list[str]) -> dict:
    import httpx

    r = httpx.post(f"https://magazine.quarry.example/shifts/{shift_id}/reconcile", json={"tickets": tickets})
    r.raise_for_status()
    return r.json()


@workflow
async def main(shift_id: str, issues: list[dict]):
    parsed = [Issue(i["product"], float(i["kg"]), i["shotfirer"]) for i in issues]
    tickets = []
    for issue in parsed:
        if issue.kg > MAX_KG_PER_ISSUE:
            log.warning("issue of %.0f kg needs the quarry manager", issue.kg)
            continue
        ticket = next_ticket(shift_id)
        await record_issue(ticket, issue.product, issue.kg, issue.shotfirer)
        tickets.append(ticket)
    result = await reconcile(shift_id, tickets)
    if result["discrepancy_kg"] > 0:
        await wait_for_approval(timeout=2 * 3600, key="magazine_discrepancy", description=f"{result['discrepancy_kg']} kg unaccounted")
    return {"shift": shift_id, "tickets": tickets}
