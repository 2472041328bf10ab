# SDK: wmill 1.850.0 task_flow("f/crm/sync_contacts") dispatches the flow; its schema takes since (required), dry_run (default).
from wmill import task_flow, workflow

sync_contacts = task_flow("f/crm/sync_contacts")


@workflow
async def main(since: str):
    return await sync_contacts(since=since)
