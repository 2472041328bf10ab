# SDK: wmill 1.850.0 task_flow; escalate's `level` has a default and `note` is optional in its schema.
from wmill import task_flow, workflow

escalate = task_flow("f/ops/escalate")


@workflow
async def main(incident_id: str):
    return await escalate(incident_id=incident_id)
