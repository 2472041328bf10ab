# SDK: wmill 1.850.0 wait_for_approval(key=...) names the step by its key; hash() of a str is salted per process (PYTHONHASHSEED), so a replay waits on another key and the approval given is never found
import logging

import httpx
from wmill import get_resume_urls, step, task, wait_for_approval, workflow

log = logging.getLogger("kiln.members")

MEMBERS = "https://members.studio.example/api"
WAIVER_HOURS = 48


@task()
async def send_waiver(email: str, approve_url: str) -> None:
    httpx.post(f"{MEMBERS}/mail/waiver", json={"to": email, "link": approve_url}).raise_for_status()


@task()
async def activate_membership(email: str, plan: str) -> dict:
    r = httpx.post(f"{MEMBERS}/members", json={"email": email, "plan": plan})
    r.raise_for_status()
    return r.json()


@task()
async def book_induction(member_id: str, slot: str) -> dict:
    r = httpx.post(f"{MEMBERS}/inductions", json={"member": member_id, "slot": slot})
    r.raise_for_status()
    return r.json()


@workflow
async def main(email: str, plan: str = "monthly", induction_slot: str = "next-saturday"):
    urls = await step("resume_urls", lambda: get_resume_urls())
    await send_waiver(email=email, approve_url=urls["approvalPage"])
    signed = await wait_for_approval(timeout=WAIVER_HOURS * 3600, key=f"waiver_{abs(hash(email)) % 10_000}")  # expect: WAC103, WAC102
    if not signed["approved"]:
        log.info("%s did not sign the waiver", email)
        return {"email": email, "active": False}
    member = await activate_membership(email=email, plan=plan)
    induction = await book_induction(member_id=member["id"], slot=induction_slot)
    return {"email": email, "active": True, "member": member["id"], "induction": induction}
