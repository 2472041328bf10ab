# SDK: wmill 1.850.0 task_script/task_flow wrappers take keyword arguments only and send them as the child's args.
from wmill import task_flow, task_script, workflow

page_oncall = task_script("f/ops/page_oncall", timeout=120)
escalate = task_flow("f/ops/escalate")


@workflow
async def main(service: str, incident_id: str, critical: bool = False):
    paged = await page_oncall(service=service, severity="critical" if critical else "high")
    if critical:
        await escalate(incident_id=incident_id, level=2, note=f"paged {paged}")
    return paged
