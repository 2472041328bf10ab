# SDK: wmill 1.850.0 main's inputs are the job's arguments, the same on every replay; a Literal input and rows cast to a TypedDict (Annotated only in the body: windmill-oracle sig reads no Annotated in main) are deterministic
from typing import Annotated, Literal, TypedDict, cast

import httpx
from wmill import step, task, wait_for_approval, workflow

Direction = Literal["outgoing", "incoming"]


class Work(TypedDict):
    accession: str
    title: str
    acquired_year: int


RESEARCH_API = "https://provenance.museum.example/api"


def _needs_review(work: Work, cutoff: int) -> bool:
    return 1933 <= work["acquired_year"] <= cutoff


@task(timeout=1800)
async def research_gap(accession: str) -> dict:
    r = httpx.get(f"{RESEARCH_API}/works/{accession}/gaps")
    return r.json()


@task()
async def file_clearance(loan_id: str, cleared: list[str], flagged: list[str]) -> str:
    r = httpx.post(f"{RESEARCH_API}/clearances", json={"loan": loan_id, "cleared": cleared, "flagged": flagged})
    return r.json()["clearance_id"]


@workflow
async def main(
    loan_id: str,
    works: list[dict],
    direction: Literal["outgoing", "incoming"] = "outgoing",
    review_cutoff: int = 1945,
):
    typed: list[Annotated[Work, "validated by the form"]] = [cast(Work, w) for w in works]
    to_check = [w for w in typed if _needs_review(w, review_cutoff)]
    cleared = [w["accession"] for w in typed if w not in to_check]
    flagged: list[str] = []
    for w in to_check:
        gaps = await research_gap(accession=w["accession"])
        (flagged if gaps["open"] else cleared).append(w["accession"])
    if flagged and direction == "outgoing":
        answer = await wait_for_approval(
            timeout=14 * 86400,
            key="provenance_committee",
            form={"type": "object", "properties": {"note": {"type": "string"}}},
        )
        if not answer["approved"]:
            return {"loan": loan_id, "status": "blocked", "flagged": flagged}
    clearance = await file_clearance(loan_id=loan_id, cleared=sorted(cleared), flagged=sorted(flagged))
    return await step("result", lambda: {"loan": loan_id, "clearance": clearance, "direction": direction})
