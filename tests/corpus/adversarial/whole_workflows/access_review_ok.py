# SDK: wmill 1.850.0 client.py: wait_for_approval(timeout=...) suspends via _StepSuspend(BaseException); `except Exception` and `try/finally` that only logs let it through; get_resume_urls is called inside step(); a step name kept in a loop is numbered by _counters.
from __future__ import annotations

import logging
import os
from collections import defaultdict
from datetime import date, datetime

from wmill import get_resume_urls, step, task, wait_for_approval, workflow

log = logging.getLogger("access-review")

# read once per worker from its configuration; only tasks use it
OKTA_DOMAIN = os.environ.get("OKTA_DOMAIN", "acme.okta.com")
STALE_DAYS = 90


@task()
async def list_grants(app: str) -> list[dict]:
    import requests

    resp = requests.get(f"https://{OKTA_DOMAIN}/api/v1/apps/{app}/users", timeout=30)
    resp.raise_for_status()
    return [{"user": u["profile"]["email"], "last_login": u.get("lastLogin"), "app": app} for u in resp.json()]


@task()
async def ask_owner(owner: str, app: str, users: list[str], approval_page: str) -> None:
    import requests

    requests.post(
        "https://mail.internal/send",
        json={"to": owner, "subject": f"Access review: {app}", "body": "\n".join(users) + f"\n\n{approval_page}"},
        timeout=10,
    )


@task()
async def revoke(app: str, users: list[str]) -> int:
    import requests

    for user in users:
        requests.delete(f"https://{OKTA_DOMAIN}/api/v1/apps/{app}/users/{user}", timeout=30)
    return len(users)


def stale(grants: list[dict], as_of: date) -> list[str]:
    """Pure: compares against the review date passed in, never the clock."""
    out = []
    for g in grants:
        last = g["last_login"]
        if last is None or (as_of - datetime.fromisoformat(last[:10]).date()).days > STALE_DAYS:
            out.append(g["user"])
    return out


@workflow
async def main(apps: dict[str, str], review_date: str):
    as_of = date.fromisoformat(review_date)
    revoked: dict[str, int] = defaultdict(int)
    for app, owner in apps.items():
        grants = await list_grants(app)
        candidates = stale(grants, as_of)
        if not candidates:
            continue
        urls = await step("approval_urls", lambda: get_resume_urls(approver=owner))
        await ask_owner(owner, app, candidates, urls["approvalPage"])
        try:
            decision = await wait_for_approval(timeout=7 * 24 * 3600)
        except Exception:
            log.exception("approval for %s failed; keeping access", app)
            continue
        finally:
            log.info("review of %s finished", app)
        if decision["approved"]:
            revoked[app] = await revoke(app, candidates)
    return {"review_date": review_date, "revoked": dict(revoked)}
