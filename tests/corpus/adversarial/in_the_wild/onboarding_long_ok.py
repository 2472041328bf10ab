# SDK: wmill 1.850.0 client.py: task(retry={"attempts","delay","multiplier"}), task(concurrency_limit, concurrency_key), parallel(items, fn, concurrency), get_approval_urls(key) in step(), wait_for_approval(key, timeout, form) returning a dict, sleep(seconds), TaskError.result["error"]; a dataclass and a compiled regex used in the body are pure.
"""
Customer onboarding workflow (Workflow-as-Code, Python)

Steps
-----
1. Validate the signup payload (pure)
2. Create the tenant (task)            -> checkpointed
3. Provision resources in parallel     -> checkpointed, 4 at a time
4. Ask a human to approve the plan     -> suspends without a worker
5. Send the welcome email (task)
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, asdict
from typing import Any, Literal, TypedDict

import httpx
from wmill import (
    TaskError,
    get_approval_urls,
    parallel,
    sleep,
    step,
    task,
    task_script,
    wait_for_approval,
    workflow,
)

logger = logging.getLogger("onboarding")

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)
PLANS: dict[str, int] = {"starter": 3, "team": 10, "enterprise": 50}
send_welcome = task_script("f/onboarding/send_welcome", timeout=120)


class Smtp(TypedDict):
    host: str
    port: int


@dataclass
class Signup:
    email: str
    company: str
    plan: Literal["starter", "team", "enterprise"] = "starter"

    def validate(self) -> list[str]:
        errors = []
        if not EMAIL_RE.match(self.email):
            errors.append("bad email")
        if self.plan not in PLANS:
            errors.append("unknown plan")
        return errors


@task(timeout=300, retry={"attempts": 3, "delay": 5, "multiplier": 2})
async def create_tenant(email: str, company: str, plan: str) -> dict[str, Any]:
    async with httpx.AsyncClient(timeout=20) as client:
        r = await client.post("https://api.example.com/tenants", json={"email": email, "company": company, "plan": plan})
        r.raise_for_status()
        return r.json()


@task(concurrency_limit=4, concurrency_key="provision")
async def provision(resource: dict) -> dict:
    return {"name": resource["name"], "status": "ready"}


def plan_resources(tenant_id: str, plan: str) -> list[dict]:
    return [{"name": f"{tenant_id}-seat-{i}", "kind": "seat"} for i in range(PLANS[plan])]


def notify_reviewer(urls: dict, company: str) -> int:
    return httpx.post("https://hooks.example.com/review", json={"text": f"Review {company}", "approve": urls["resume"]}).status_code


@workflow
async def main(payload: dict, smtp: Smtp, dry_run: bool = False) -> dict[str, Any]:
    signup = Signup(**payload)
    errors = signup.validate()
    if errors:
        logger.warning("rejected signup for %s: %s", signup.email, errors)
        return {"status": "invalid", "errors": errors}

    try:
        tenant = await create_tenant(signup.email, signup.company, signup.plan)
    except TaskError as e:
        return {"status": "tenant_failed", "error": (e.result or {}).get("error", {}).get("message")}

    resources = plan_resources(tenant["id"], signup.plan)
    provisioned = await parallel(resources, provision, concurrency=4)

    urls = await step("review_urls", lambda: get_approval_urls("plan_review"))
    await step("notify_reviewer", lambda: notify_reviewer(urls, signup.company))
    decision = await wait_for_approval(key="plan_review", timeout=3 * 86400, form={"type": "object", "properties": {"note": {"type": "string"}}})
    if not decision.get("approved", True):
        return {"status": "declined", "by": decision.get("approver")}

    if not dry_run:
        await sleep(60)  # let DNS settle
        await send_welcome(to=signup.email, smtp_host=smtp["host"], company=signup.company)
    return {"status": "onboarded", "tenant": tenant, "resources": len(provisioned), "signup": asdict(signup)}
