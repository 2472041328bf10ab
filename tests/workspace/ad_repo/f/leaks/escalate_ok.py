# SDK: wmill 1.850.0 client.py: task_flow(path, **options) -> callable taking keyword args
"""Escalation of an unresolved leak, the clock read in a step."""

from wmill import step, task_flow, workflow

from f.common.clock import Clock, days_between
from f.common.paths import LEAK_TRIAGE_FLOW
from f.common.tasks import read_meter

triage = task_flow(LEAK_TRIAGE_FLOW)

ESCALATION_FACTOR = 0.8


@workflow
async def main(meter_id: str, opened_on: str, threshold: float = 1.8, reason: str = ""):
    escalated_at = await step("escalated_at", Clock.now_iso)
    age_days = days_between(opened_on, escalated_at[:10])
    current = await read_meter(meter_id)
    lowered = round(threshold * (ESCALATION_FACTOR if age_days > 3 else 1.0), 2)
    outcome = await triage(meter_id=meter_id, threshold=lowered, notify=age_days > 7)
    return {
        "meter_id": meter_id,
        "age_days": age_days,
        "outcome": outcome,
        "litres": current["litres"],
        "reason": reason,
    }
