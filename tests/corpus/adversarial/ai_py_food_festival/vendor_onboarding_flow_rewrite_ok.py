# SDK: wmill 1.850.0 OpenFlow modules rewritten as code: a parallel for-loop as `asyncio.gather` over task calls (one round dispatches them, keys in list order), a branchone as `match` on a task's result, a suspend step as `get_resume_urls` in a step then `wait_for_approval`, the failure module as `except TaskError` (the suspension is a BaseException and passes `except Exception` too)
"""Vendor onboarding, rewritten from the festival's OpenFlow flow (for-loop, branchone, suspend, failure module)."""

from __future__ import annotations

import asyncio
import logging
from typing import Literal, TypedDict

from wmill import TaskError, get_resume_urls, step, task, task_script, wait_for_approval, workflow

log = logging.getLogger("festival.onboarding")

Tier = Literal["food_truck", "stall", "pop_up"]
notify_slack = task_script("f/festival/notify_slack", timeout=60)


class Document(TypedDict):
    kind: str
    url: str


@task(timeout=300)
async def verify_document(vendor_id: str, kind: str, url: str) -> dict:
    import httpx

    r = httpx.post("https://docs.festival.example/verify", json={"vendor": vendor_id, "kind": kind, "url": url})
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def classify_vendor(vendor_id: str) -> dict:
    import httpx

    r = httpx.get(f"https://vendors.festival.example/{vendor_id}")
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def send_contract(vendor_id: str, tier: str, approval_page: str | None = None) -> str:
    import httpx

    r = httpx.post("https://contracts.festival.example/send", json={"vendor": vendor_id, "tier": tier, "review": approval_page})
    r.raise_for_status()
    return r.json()["contract_id"]


@workflow
async def main(vendor_id: str, documents: list[Document], tier: Literal["food_truck", "stall", "pop_up"] = "stall"):
    try:
        checks = await asyncio.gather(*(verify_document(vendor_id, d["kind"], d["url"]) for d in documents))
        if bad := [c["kind"] for c in checks if not c.get("valid")]:
            await notify_slack(channel="#vendors", text=f"{vendor_id}: invalid {', '.join(bad)}")
            return {"vendor": vendor_id, "status": "documents rejected", "invalid": bad}
        profile = await classify_vendor(vendor_id)
        match profile:
            case {"risk": "high", **rest}:
                urls = await step("resume_urls", lambda: get_resume_urls())
                await notify_slack(channel="#vendor-review", text=f"Review {vendor_id}: {urls['approvalPage']} ({len(rest)} fields)")
                decision = await wait_for_approval(timeout=2 * 24 * 3600, key="risk_review")
                if not decision.get("approved"):
                    return {"vendor": vendor_id, "status": "declined"}
                contract = await send_contract(vendor_id, tier, urls["approvalPage"])
            case {"fast_track": True}:
                contract = await send_contract(vendor_id, tier)
            case _:
                contract = await send_contract(vendor_id, "pop_up" if tier == "food_truck" else tier)
    except TaskError as e:
        log.error("onboarding %s failed at %s: %s", vendor_id, e.step_key, e)
        await notify_slack(channel="#vendors-alerts", text=f"onboarding of {vendor_id} failed: {e}")
        raise
    return {"vendor": vendor_id, "status": "contract sent", "contract": contract}
