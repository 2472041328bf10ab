# SDK: wmill 1.850.0 client.py: one explicit approval key per run is fine
from wmill import task, workflow

from f.platform.approvals import hr_signoff


@task()
async def apply_promotion(employee_id: str, level: str) -> dict:
    return {"employee_id": employee_id, "level": level}


@workflow
async def main(employee_id: str, level: str):
    decision = await hr_signoff(f"Promote {employee_id} to {level}")
    if not decision["approved"]:
        return {"employee_id": employee_id, "promoted": False}
    return await apply_promotion(employee_id=employee_id, level=level)
