# SDK: wmill 1.850.0 _alloc_key numbers a repeated literal name (coi_check, coi_check_2, ...) in call order, which the body fixes, so the keys are the same every replay
import logging

import httpx
from wmill import step, task, workflow

log = logging.getLogger("grants.coi")

ORCID = "https://pub.orcid.example/v3.0"
GMS = "https://gms.research-council.example/api"


def coauthored(reviewer_works: list[dict], applicant_orcid: str) -> bool:
    return any(applicant_orcid in w.get("contributors", []) for w in reviewer_works)


def fetch_works(orcid: str) -> list[dict]:
    r = httpx.get(f"{ORCID}/{orcid}/works", headers={"Accept": "application/json"}, timeout=20)
    r.raise_for_status()
    return r.json().get("group", [])


@task()
async def panel_for(application_id: str) -> list[dict]:
    r = httpx.get(f"{GMS}/applications/{application_id}/panel")
    r.raise_for_status()
    return r.json()


@task()
async def replace_reviewer(application_id: str, reviewer_id: str, reason: str) -> dict:
    r = httpx.post(f"{GMS}/applications/{application_id}/replace", json={"reviewer": reviewer_id, "reason": reason})
    r.raise_for_status()
    return r.json()


@workflow
async def main(application_id: str, applicant_orcid: str):
    panel = await panel_for(application_id=application_id)
    conflicts = []
    for reviewer in panel:
        works = await step("coi_check", lambda r=reviewer: fetch_works(r["orcid"]))
        if coauthored(works, applicant_orcid):
            conflicts.append(reviewer["id"])
    replaced = []
    for reviewer_id in conflicts:
        replaced.append(await replace_reviewer(application_id=application_id, reviewer_id=reviewer_id, reason="co-authorship"))
    log.info("%s: %d conflicts", application_id, len(conflicts))
    return {"application": application_id, "conflicts": conflicts, "replacements": replaced}
