"""Triage a fault reported by a driver or the signalling system, page on-call and close the track."""

import httpx
from wmill import task, task_script, workflow

from f.rail.lib import fault_kinds  # noqa: F401  (fills FaultHandler.registry)
from f.rail.lib.faults import FaultHandler
from f.rail.lib.retry import BACKOFF

close_track = task_script("f/rail_ops/close_track")


@task()
async def page_oncall(location: str, severity: str) -> dict:
    resp = httpx.post(
        "https://events.pagerduty.com/v2/enqueue",
        json={"routing_key": "R0UT1NG", "event_action": "trigger",
              "payload": {"summary": f"{severity} fault at {location}", "source": location, "severity": "critical"}},
        timeout=10,
    )
    return resp.json()


@workflow
async def main(event: dict):
    verdict = FaultHandler.for_event(event).triage()  # expect: WAC101
    if verdict["severity"] == "high":
        await BACKOFF(page_oncall, event["location"], verdict["severity"])  # expect: WAC201
        await close_track(section=event["section"], from_km=event["km"], to_km=event["km"] + 1, reason="fault")
    return verdict
