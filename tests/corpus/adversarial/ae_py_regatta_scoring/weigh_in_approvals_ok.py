# SDK: wmill 1.850.0 wait_for_approval(key=...) raises on a key used twice; one literal key per exclusive branch, URLs minted in a step with get_approval_urls(key), is fine
import logging

import httpx
from wmill import get_approval_urls, step, task, wait_for_approval, workflow

log = logging.getLogger("regatta.weighin")

MEASURER_API = "https://measurer.regatta.example/api"


@task()
async def crew_weights(event_id: str, sail_no: str) -> dict:
    r = httpx.get(f"{MEASURER_API}/events/{event_id}/boats/{sail_no}/crew")
    r.raise_for_status()
    return r.json()


@task()
async def notify_measurer(sail_no: str, urls: dict, total_kg: float, limit_kg: float) -> None:
    httpx.post(
        f"{MEASURER_API}/notify",
        json={"boat": sail_no, "approve": urls["approvalPage"], "total": total_kg, "limit": limit_kg},
    ).raise_for_status()


@task()
async def record_weigh_in(event_id: str, sail_no: str, total_kg: float, approved: bool) -> None:
    httpx.post(
        f"{MEASURER_API}/events/{event_id}/weighins",
        json={"boat": sail_no, "total_kg": total_kg, "approved": approved},
    ).raise_for_status()


@workflow
async def main(event_id: str, sail_no: str, limit_kg: float = 375.0, tolerance_kg: float = 5.0):
    crew = await crew_weights(event_id, sail_no)
    total = round(sum(m["kg"] for m in crew["members"]), 1)
    if total <= limit_kg:
        await record_weigh_in(event_id, sail_no, total, True)
        return {"boat": sail_no, "total_kg": total, "approved": True}

    if total <= limit_kg + tolerance_kg:
        urls = await step("measurer_urls", lambda: get_approval_urls("measurer"))
        await notify_measurer(sail_no, urls, total, limit_kg)
        decision = await wait_for_approval(key="measurer", timeout=2 * 3600, skin="minimal")
    else:
        urls = await step("jury_urls", lambda: get_approval_urls("jury_chair"))
        await notify_measurer(sail_no, urls, total, limit_kg)
        decision = await wait_for_approval(
            key="jury_chair",
            timeout=6 * 3600,
            description={"markdown": f"**{sail_no}** is {total - limit_kg:.1f} kg over the limit"},
        )
    approved = bool(decision.get("approved"))
    await record_weigh_in(event_id, sail_no, total, approved)
    log.info("boat %s weigh-in %s by %s", sail_no, "approved" if approved else "refused", decision.get("approver"))
    return {"boat": sail_no, "total_kg": total, "approved": approved}
