# SDK: wmill 1.850.0 client.py: each round imports the script again, and Python evaluates `def audit_entry(..., at=...)`'s default when the `def` runs: the body's call leaves `at` out, so each round sends the task another time.
from datetime import datetime, timezone

from wmill import task, workflow


def audit_entry(action: str, actor: str, at: str = datetime.now(timezone.utc).isoformat()) -> dict:
    return {"action": action, "actor": actor, "at": at}


@task()
async def write_audit(entry: dict) -> str:
    return entry["at"]


@workflow
async def main(actor: str):
    return await write_audit(audit_entry("export", actor))  # expect: WAC102
