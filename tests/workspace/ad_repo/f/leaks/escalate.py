# SDK: wmill 1.850.0 client.py: task_flow(path, **options) -> callable taking keyword args
"""Escalation of an unresolved leak: re-run the triage flow with a lower threshold and
log when it was escalated."""

from wmill import step, task_flow, workflow

from f.common.clock import Clock
from f.common.paths import LEAK_TRIAGE_FLOW
from f.common.tasks import read_meter

triage = task_flow(LEAK_TRIAGE_FLOW)

ESCALATION_FACTOR = 0.8


@workflow
async def main(meter_id: str, threshold: float = 1.8, reason: str = ""):
    escalated_at = Clock.now_iso()  # expect: WAC102
    current = await read_meter(meter_id)
    lowered = round(threshold * ESCALATION_FACTOR, 2)
    outcome = await triage(meter=meter_id, threshold=lowered)  # expect: WAC402
    note = await step(
        "note",
        lambda: f"{meter_id} escalated at {escalated_at}: {reason or 'no reason'} ({current['litres']} L)",
    )
    return {"meter_id": meter_id, "threshold": lowered, "outcome": outcome, "note": note}
