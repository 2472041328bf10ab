# SDK: wmill 1.850.0 client.py: the body reruns after each suspension; dataclass default_factory runs at construction
from dataclasses import asdict

from wmill import task, workflow

from f.platform.records import AuditEntry, Employee


@task()
async def store_audit(entries: list[dict]) -> int:
    return len(entries)


@task()
async def apply_role_change(employee_id: str, role: str) -> dict:
    return {"employee_id": employee_id, "role": role}


@workflow
async def main(actor: str, employee_id: str, new_role: str):
    employee = Employee(employee_id=employee_id, email=f"{employee_id}@acme.example")
    changed = await apply_role_change(employee_id=employee.employee_id, role=new_role)

    entry = AuditEntry(actor=actor, action=f"role:{new_role}")  # expect: WAC102
    record = asdict(entry)
    record["at"] = record["at"].isoformat()
    await store_audit(entries=[record])
    return changed
