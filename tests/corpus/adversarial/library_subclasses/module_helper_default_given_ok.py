# SDK: wmill 1.850.0 client.py: each round imports the script again and re-evaluates `audit_entry`'s clock default, but the body always passes `at` (read once with `step`), so the default is never used.
from datetime import datetime, timezone

from wmill import step, task, workflow


def audit_entry(action: str, actor: str, at: str = datetime.now(timezone.utc).isoformat()) -> dict:
    return {"action": action, "actor": actor, "at": at}


@task()
async def write_audit(entry: dict) -> str:
    return entry["at"]


@workflow
async def main(actor: str):
    now = await step("now", lambda: datetime.now(timezone.utc).isoformat())
    first = await write_audit(audit_entry("export", actor, now))
    return [first, await write_audit(audit_entry("notify", actor, at=now))]
