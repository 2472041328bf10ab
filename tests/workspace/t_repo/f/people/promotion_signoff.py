# SDK: wmill 1.850.0 client.py: WorkflowCtx._wait_for_approval raises RuntimeError when an explicit key was already used in the run
from wmill import task, workflow

from f.platform.approvals import hr_signoff


@task()
async def apply_promotion(employee_id: str, level: str) -> dict:
    return {"employee_id": employee_id, "level": level}


@workflow
async def main(employee_id: str, level: str, needs_budget_review: bool = False):
    first = await hr_signoff(f"Promote {employee_id} to {level}")
    if needs_budget_review and first["approved"]:
        await hr_signoff(f"Budget review for {employee_id}")  # expect: WAC303
    return await apply_promotion(employee_id=employee_id, level=level)
