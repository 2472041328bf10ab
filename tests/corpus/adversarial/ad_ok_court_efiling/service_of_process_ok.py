# SDK: wmill 1.850.0 except TaskError around one task, inspecting e.result["error"]; match on a task result; wait_for_approval(key=...) literal with get_approval_urls inside a step
from typing import Literal

import httpx
from wmill import TaskError, get_approval_urls, step, task, wait_for_approval, workflow

Method = Literal["personal", "certified_mail", "publication"]
SERVER_API = "https://process-servers.example/api"


@task(retry={"attempts": 2, "delay": 60, "multiplier": 2})
async def dispatch_server(case_no: str, party: str, address: str) -> dict:
    async with httpx.AsyncClient(base_url=SERVER_API) as c:
        r = await c.post("/jobs", json={"case": case_no, "party": party, "address": address})
        r.raise_for_status()
        return r.json()


@task()
async def mail_certified(case_no: str, party: str, address: str) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://mail.example/certified", json={"case": case_no, "to": party, "address": address})
        r.raise_for_status()
        return {"status": "mailed", "tracking": r.json()["tracking"]}


@task()
async def request_publication(case_no: str, party: str, newspaper: str) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://legal-notices.example/orders", json={"case": case_no, "party": party, "paper": newspaper})
        return {"status": "published" if r.is_success else "failed"}


@task()
async def notify_judge_clerk(case_no: str, resume: str, cancel: str) -> None:
    async with httpx.AsyncClient() as c:
        await c.post("https://court.example/clerk/inbox", json={"case": case_no, "approve": resume, "deny": cancel})


@workflow
async def main(case_no: str, party: str, address: str, method: Literal["personal", "certified_mail", "publication"] = "personal", newspaper: str = "Daily Record"):
    outcome: dict
    try:
        outcome = await dispatch_server(case_no, party, address)
    except TaskError as e:
        err = e.result.get("error", {}) if isinstance(e.result, dict) else {}
        outcome = {"status": "failed", "reason": err.get("message", str(e))}

    match outcome:
        case {"status": "served"}:
            return {"served": True, "via": "personal", "proof": outcome.get("proof")}
        case {"status": "failed"} if method != "personal":
            fallback = await mail_certified(case_no, party, address)
            return {"served": False, "via": "certified_mail", **fallback}
        case _:
            urls = await step("clerk_urls", lambda: get_approval_urls("publication_order"))
            await notify_judge_clerk(case_no, urls["resume"], urls["cancel"])
            order = await wait_for_approval(key="publication_order", timeout=14 * 86400)
            if not order["approved"]:
                return {"served": False, "via": None, "reason": "publication denied"}
            return {"served": False, "via": "publication", **await request_publication(case_no, party, newspaper)}
