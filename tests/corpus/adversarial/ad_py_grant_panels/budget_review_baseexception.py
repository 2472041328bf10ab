# SDK: wmill 1.850.0 _StepSuspend derives from BaseException only: the handler re-raises KeyboardInterrupt / SystemExit and swallows the suspension of check_budget, recording a failure on every first round
import logging

import httpx
from wmill import task, workflow

log = logging.getLogger("grants.budget")

FINANCE = "https://finance.research-council.example/api"
CAPS = {"equipment": 250_000, "personnel": 900_000, "travel": 40_000}


@task(timeout=600)
async def check_budget(application_id: str, caps: dict) -> dict:
    r = httpx.post(f"{FINANCE}/budget-checks", json={"application": application_id, "caps": caps})
    r.raise_for_status()
    return r.json()


@task()
async def mark_budget_failed(application_id: str, reason: str) -> None:
    httpx.post(f"{FINANCE}/applications/{application_id}/flags", json={"budget": reason}).raise_for_status()


@task()
async def mark_budget_cleared(application_id: str, total: float) -> None:
    httpx.post(f"{FINANCE}/applications/{application_id}/cleared", json={"total": total}).raise_for_status()


@workflow
async def main(application_ids: list[str]):
    cleared, failed = [], []
    for app_id in application_ids:
        try:
            verdict = await check_budget(application_id=app_id, caps=CAPS)
        except BaseException as exc:  # expect: WAC201
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            log.error("budget check crashed for %s: %r", app_id, exc)
            await mark_budget_failed(application_id=app_id, reason=type(exc).__name__)
            failed.append(app_id)
            continue
        if verdict["within_caps"]:
            await mark_budget_cleared(application_id=app_id, total=verdict["total"])
            cleared.append(app_id)
        else:
            await mark_budget_failed(application_id=app_id, reason=verdict["reason"])
            failed.append(app_id)
    return {"cleared": cleared, "failed": failed}
