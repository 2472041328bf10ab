# SDK: wmill 1.850.0 client.py: step() checkpoints the JSON round-trip of fn's result
from dataclasses import asdict

from wmill import step, task, workflow

from f.platform.records import AuditEntry, Employee


@task()
async def store_audit(entries: list[dict]) -> int:
    return len(entries)


@task()
async def apply_role_change(employee_id: str, role: str) -> dict:
    return {"employee_id": employee_id, "role": role}


def audit_record(actor: str, action: str) -> dict:
    record = asdict(AuditEntry(actor=actor, action=action))
    record["at"] = record["at"].isoformat()
    return record


@workflow
async def main(actor: str, employee_id: str, new_role: str):
    employee = Employee(employee_id=employee_id, email=f"{employee_id}@acme.example", tags=["role-change"])
    changed = await apply_role_change(employee_id=employee.employee_id, role=new_role)

    record = await step("audit_record", lambda: audit_record(actor, f"role:{new_role}"))
    await store_audit(entries=[record])
    return changed
