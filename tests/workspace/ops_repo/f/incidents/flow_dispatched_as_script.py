# SDK: wmill 1.850.0 task_script dispatches with dispatch_type="script"; f/ops/escalate is a flow (escalate__flow/).
from wmill import task_script, workflow

escalate = task_script("f/ops/escalate")  # expect: WAC401


@workflow
async def main(incident_id: str):
    return await escalate(incident_id=incident_id)
