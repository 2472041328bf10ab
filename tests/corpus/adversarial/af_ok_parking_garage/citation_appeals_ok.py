# SDK: wmill 1.850.0 a plain script whose module defines its own `task` decorator (a tiny registry of review checks, nothing from wmill): `import wmill` is used only for get_variable / get_resource; the checks call an API and the clock
from datetime import datetime, timedelta
from typing import Callable

import requests
import wmill

CHECKS: dict[str, Callable[[dict], str | None]] = {}


def task(name: str):
    """Register an appeal check under `name` (our own registry, not the SDK's)."""

    def register(fn: Callable[[dict], str | None]) -> Callable[[dict], str | None]:
        CHECKS[name] = fn
        return fn

    return register


@task("deadline")
def filed_in_time(appeal: dict) -> str | None:
    issued = datetime.fromisoformat(appeal["citation_issued"])
    if datetime.now() - issued > timedelta(days=21):
        return "filed after the 21-day window"
    return None


@task("permit")
def permit_was_valid(appeal: dict) -> str | None:
    key = wmill.get_variable("f/parking/permits_api_key")
    r = requests.get(f"https://permits.citypark.example/v2/permits/{appeal['permit']}", headers={"x-api-key": key}, timeout=15)
    if r.status_code == 404:
        return None
    permit = r.json()
    return "permit valid at citation time" if permit["expires"] >= appeal["citation_issued"] else None


def main(appeal: dict):
    portal = wmill.get_resource("f/parking/appeals_portal")
    findings = {}
    for name, check in CHECKS.items():
        try:
            findings[name] = check(appeal)
        except Exception as exc:
            findings[name] = f"check failed: {exc}"
    recommendation = "uphold" if findings.get("deadline") else ("dismiss" if findings.get("permit") else "review")
    requests.post(
        f"{portal['url']}/appeals/{appeal['id']}/recommendation",
        json={"recommendation": recommendation, "findings": findings},
        headers={"authorization": f"Bearer {portal['token']}"},
        timeout=15,
    )
    return {"appeal": appeal["id"], "recommendation": recommendation, "findings": findings}
