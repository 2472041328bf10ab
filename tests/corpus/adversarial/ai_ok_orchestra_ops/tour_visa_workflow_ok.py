# SDK: wmill 1.850.0 task/step/wait_for_approval(key=)/get_approval_urls; clocks read inside tasks and steps only
import asyncio
from datetime import datetime, timedelta, timezone

import httpx
from wmill import TaskError, get_approval_urls, step, task, wait_for_approval, workflow

VISA_API = "https://visa-desk.example.org/api/v2"
LEAD_DAYS = 45


def _deadline_for(departure: str) -> str:
    """Pure: the date by which applications must be filed (parses the input, reads no clock)."""
    return (datetime.fromisoformat(departure) - timedelta(days=LEAD_DAYS)).date().isoformat()


@task(timeout=300)
async def fetch_roster(tour_id: str) -> list[dict]:
    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.get(f"{VISA_API}/tours/{tour_id}/roster")
        resp.raise_for_status()
        return resp.json()["members"]


@task()
async def file_application(member: dict, deadline: str) -> dict:
    filed_at = datetime.now(timezone.utc).isoformat()
    try:
        async with httpx.AsyncClient(timeout=60) as client:
            resp = await client.post(f"{VISA_API}/applications", json={**member, "deadline": deadline})
            resp.raise_for_status()
            return {"member": member["id"], "ok": True, "filed_at": filed_at}
    except Exception as exc:  # a broad catch inside a task body is just Python
        return {"member": member["id"], "ok": False, "error": str(exc), "filed_at": filed_at}


@task()
async def notify_manager(text: str, resume: str) -> None:
    async with httpx.AsyncClient() as client:
        await client.post("https://hooks.example.org/tour-desk", json={"text": f"{text}\n{resume}"})


@workflow
async def main(tour_id: str, departure: str):
    deadline = _deadline_for(departure)
    roster = await fetch_roster(tour_id)
    needing = [m for m in roster if m.get("needs_visa")]
    if not needing:
        return {"tour": tour_id, "filed": 0}
    urls = await step("manager_urls", lambda: get_approval_urls("tour_manager"))
    await notify_manager(f"{len(needing)} visa applications for tour {tour_id} (file by {deadline})", urls["resume"])
    decision = await wait_for_approval(key="tour_manager", timeout=3 * 24 * 3600)
    if not decision["approved"]:
        return {"tour": tour_id, "filed": 0, "rejected_by": decision["approver"]}
    try:
        results = await asyncio.gather(*(file_application(m, deadline) for m in needing))
    except TaskError as err:
        return {"tour": tour_id, "error": str(err)}
    failed = [r["member"] for r in results if not r["ok"]]
    return {"tour": tour_id, "filed": len(results) - len(failed), "failed": failed}
