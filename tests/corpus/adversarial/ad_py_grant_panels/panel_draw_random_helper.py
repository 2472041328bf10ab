# SDK: wmill 1.850.0 the body re-runs from the top each round; draw_panel's random.sample picks other reviewers on replay, so assign_reviewer is dispatched with different arguments than the checkpoint holds
import logging
import random
from typing import Literal

import httpx
from wmill import task, wait_for_approval, workflow

log = logging.getLogger("grants.panel")

GMS = "https://gms.research-council.example/api"
PANEL_SIZE = {"small": 3, "standard": 5, "large": 7}


def eligible(pool: list[dict], applicant_org: str) -> list[dict]:
    return [r for r in pool if r["org"] != applicant_org and not r.get("on_leave")]


def draw_panel(pool: list[dict], k: int) -> list[dict]:
    if len(pool) <= k:
        return list(pool)
    return random.sample(pool, k)


@task()
async def load_reviewer_pool(call_id: str) -> list[dict]:
    r = httpx.get(f"{GMS}/calls/{call_id}/reviewers")
    r.raise_for_status()
    return r.json()


@task()
async def assign_reviewer(application_id: str, reviewer_id: str, role: str) -> dict:
    r = httpx.post(f"{GMS}/applications/{application_id}/assignments", json={"reviewer": reviewer_id, "role": role})
    r.raise_for_status()
    return r.json()


@workflow
async def main(call_id: str, application_id: str, applicant_org: str, size: Literal["small", "standard", "large"] = "standard"):
    pool = await load_reviewer_pool(call_id=call_id)
    candidates = eligible(pool, applicant_org)
    panel = draw_panel(candidates, PANEL_SIZE[size])  # expect: WAC102
    assignments = []
    for i, reviewer in enumerate(panel):
        role = "lead" if i == 0 else "member"
        assignments.append(await assign_reviewer(application_id=application_id, reviewer_id=reviewer["id"], role=role))
    ok = await wait_for_approval(timeout=5 * 24 * 3600, key="programme_officer")
    log.info("panel for %s: %s (approved=%s)", application_id, [a["reviewer"] for a in assignments], ok["approved"])
    return {"application": application_id, "panel": assignments, "approved": ok["approved"]}
