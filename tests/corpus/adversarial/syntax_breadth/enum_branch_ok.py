# SDK: wmill 1.850.0 client.py: comparing enum members built from inputs and task results is deterministic body code.
from enum import Enum

from wmill import task, workflow


class Severity(str, Enum):
    LOW = "low"
    HIGH = "high"
    CRITICAL = "critical"


@task()
async def triage(alert_id: str) -> str:
    return "high"


@task()
async def page_oncall(alert_id: str, severity: str) -> bool:
    return True


@task()
async def open_ticket(alert_id: str) -> str:
    return "T-1"


@workflow
async def main(alert_id: str):
    severity = Severity(await triage(alert_id))
    if severity in (Severity.HIGH, Severity.CRITICAL):
        await page_oncall(alert_id, severity.value)
    ticket = await open_ticket(alert_id)
    return {"severity": severity.value, "ticket": ticket}
