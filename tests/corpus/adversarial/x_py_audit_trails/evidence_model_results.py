# SDK: wmill 1.850.0 a task's result is the child job's JSON result (worker encoder default=str): a pydantic model becomes its str(); task_flow args are sent as JSON the same way
"""Gather change-management evidence for a release and hand it to the audit flow."""
from datetime import date, datetime

from pydantic import BaseModel
from wmill import task, task_flow, workflow

file_evidence = task_flow("f/audit/file_change_evidence")


class ChangeRecord(BaseModel):
    ticket: str
    approved_by: str
    approved_at: datetime
    deployed: bool


@task(timeout=300)
async def load_change(ticket: str) -> ChangeRecord:
    import httpx

    async with httpx.AsyncClient(base_url="https://jira.internal.example") as client:
        issue = (await client.get(f"/rest/api/2/issue/{ticket}")).json()
    record = ChangeRecord(
        ticket=ticket,
        approved_by=issue["fields"]["customfield_approver"],
        approved_at=issue["fields"]["customfield_approved_at"],
        deployed=issue["fields"]["status"]["name"] == "Deployed",
    )
    return record  # expect: WAC107


@workflow
async def main(release: str, tickets: list[str], release_day: str):
    changes = [await load_change(t) for t in tickets]
    undeployed = [c for c in changes if not c.deployed]
    filed = await file_evidence(
        release=release,
        release_day=date.fromisoformat(release_day),  # expect: WAC107
        tickets=tickets,
    )
    return {"release": release, "pending": len(undeployed), "filed": filed}
