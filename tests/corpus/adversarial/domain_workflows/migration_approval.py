# SDK: wmill 1.850.0 client.py _run_workflow_async flushes unawaited tasks only at the end of a round; the notification task is called without await, so the approval suspends before it is dispatched and it is sent only if a later round ends.
from wmill import get_resume_urls, step, task, wait_for_approval, workflow


@task()
async def dry_run(migration: str, database: str) -> dict:
    return {"statements": 3, "locks": ["orders"]}


@task()
async def notify_team(channel: str, text: str) -> bool:
    return True


@task(timeout=3600)
async def apply_migration(migration: str, database: str) -> dict:
    return {"applied": True}


@workflow
async def main(migration: str, database: str, channel: str = "#db"):
    plan = await dry_run(migration, database)
    urls = await step("urls", lambda: get_resume_urls())
    notify_team(channel, f"{migration} on {database}: {plan['statements']} statements. Approve: {urls['approvalPage']}")  # expect: WAC106
    approval = await wait_for_approval(timeout=4 * 3600)
    if not approval["approved"]:
        return {"status": "rejected", "by": approval.get("approver")}
    return {"status": "applied", **await apply_migration(migration, database)}
