# SDK: wmill 1.850.0 get_approval_urls(key) inside step() and wait_for_approval(key=...) with the same literal key; try/except (KeyError, ValueError) only around parsing a checkpointed result (no durable call inside); try/finally that only logs around tasks; a task parameter `doc_name` (not `name`); match on the result
import logging

import httpx
from wmill import get_approval_urls, step, task, wait_for_approval, workflow

log = logging.getLogger(__name__)
CONTRACTS = "https://contracts.velo-club.example/api"


@task(timeout=300)
async def draft_contract(sponsor: str, tier: str, doc_name: str) -> dict:
    async with httpx.AsyncClient(base_url=CONTRACTS, timeout=60) as c:
        r = await c.post("/drafts", json={"sponsor": sponsor, "tier": tier, "title": doc_name})
        r.raise_for_status()
        return r.json()


@task()
async def send_for_review(board_email: str, draft_url: str, resume: str, cancel: str) -> None:
    async with httpx.AsyncClient(timeout=30) as c:
        await c.post("https://mail.velo-club.example/send", json={"to": board_email, "draft": draft_url, "yes": resume, "no": cancel})


@task()
async def countersign(draft_id: str) -> dict:
    async with httpx.AsyncClient(base_url=CONTRACTS, timeout=60) as c:
        r = await c.post(f"/drafts/{draft_id}/sign")
        r.raise_for_status()
        return r.json()


@workflow
async def main(sponsor: str, tier: str, season: int, board_email: str):
    draft = await draft_contract(sponsor, tier, f"{sponsor} {tier} sponsorship {season}")
    try:
        amount = int(draft["terms"]["amount_cents"])
        deliverables = [str(d["label"]) for d in draft["terms"]["deliverables"]]
    except (KeyError, ValueError) as err:
        return {"sponsor": sponsor, "status": "draft_invalid", "error": repr(err)}

    try:
        urls = await step("board_urls", lambda: get_approval_urls("board"))
        await send_for_review(board_email, draft["url"], urls["resume"], urls["cancel"])
        decision = await wait_for_approval(key="board", timeout=14 * 86400)
    finally:
        log.info("board review for %s (%s) reached", sponsor, tier)

    match decision:
        case {"approved": True}:
            signed = await countersign(draft["id"])
            return {"sponsor": sponsor, "status": "signed", "amount": amount, "deliverables": deliverables, "pdf": signed["pdf"]}
        case {"approved": False, "approver": who}:
            return {"sponsor": sponsor, "status": "rejected", "by": who}
        case _:
            return {"sponsor": sponsor, "status": "unknown"}
