# SDK: wmill 1.850.0 `wait_for_approval` suspends the whole workflow (`_StepSuspend`) and the job ends; `asyncio.wait_for(asyncio.shield(...), timeout=...)` around it never times out (the round is over long before), so the `except asyncio.TimeoutError` fallback never runs; the SDK's `timeout=` is the bound (one finding, at the handler: WAC204)
"""SIM swap with a fraud review, written by an LLM agent asked to make a Temporal-style workflow durable on Windmill."""

from __future__ import annotations

import asyncio
import logging

from wmill import get_resume_urls, step, task, workflow, wait_for_approval

log = logging.getLogger("esim.swap")

REVIEW_WINDOW_S = 2 * 3600


@task(timeout=120)
async def fraud_score(msisdn: str, new_eid: str) -> float:
    import requests

    r = requests.post("https://fraud.carrier.example/score", json={"msisdn": msisdn, "eid": new_eid}, timeout=60)
    r.raise_for_status()
    return float(r.json()["score"])


@task(timeout=120)
async def notify_fraud_desk(msisdn: str, score: float, approval_page: str) -> None:
    import requests

    requests.post("https://hooks.slack.example/fraud", json={"text": f"SIM swap {msisdn} scored {score:.2f}: {approval_page}"}, timeout=30)


@task(timeout=600)
async def swap(msisdn: str, new_eid: str) -> dict:
    import requests

    r = requests.post("https://core.carrier.example/swap", json={"msisdn": msisdn, "eid": new_eid}, timeout=500)
    r.raise_for_status()
    return r.json()


@workflow
async def main(msisdn: str, new_eid: str, threshold: float = 0.6):
    score = await fraud_score(msisdn, new_eid)
    if score >= threshold:
        urls = await step("review_urls", lambda: get_resume_urls())
        await notify_fraud_desk(msisdn, score, urls["approvalPage"])
        try:
            review = await asyncio.wait_for(
                asyncio.shield(wait_for_approval(key="fraud_review", timeout=REVIEW_WINDOW_S)),
                timeout=REVIEW_WINDOW_S,
            )
        except asyncio.TimeoutError:  # expect: WAC204
            log.warning("fraud review for %s timed out", msisdn)
            return {"msisdn": msisdn, "status": "review_timeout"}
        if not review.get("approved"):
            return {"msisdn": msisdn, "status": "blocked"}
    result = await swap(msisdn, new_eid)
    return {"msisdn": msisdn, "status": "swapped", "iccid": result["iccid"]}
