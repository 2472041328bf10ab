# Notify every member of a team about a schedule change at the same time
# (one task per member, all awaited together), then write a summary.
import asyncio
from datetime import datetime, timezone

from wmill import task, workflow, step
import requests


@task()
async def list_members(team_id: str) -> list:
    return requests.get(f"https://people.example/api/teams/{team_id}/members", timeout=30).json()


@task(timeout=60)
async def notify_member(member: dict, message: str) -> dict:
    resp = requests.post("https://push.example/api/send", json={"to": member["device_token"], "body": message}, timeout=30)
    return {"member": member["id"], "delivered": resp.ok}


@task()
async def write_summary(team_id: str, results: list, sent_at: str) -> dict:
    delivered = sum(1 for r in results if r["delivered"])
    requests.post(f"https://people.example/api/teams/{team_id}/notifications", json={"sent_at": sent_at, "delivered": delivered, "total": len(results)}, timeout=30)
    return {"delivered": delivered, "total": len(results)}


@workflow
async def main(team_id: str, message: str):
    members = await list_members(team_id)
    sent_at = await step(name="sent_at", fn=lambda: datetime.now(timezone.utc).isoformat())
    results = await asyncio.gather(*[notify_member(m, message) for m in members])
    return await write_summary(team_id, results, sent_at)
