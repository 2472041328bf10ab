# SDK: wmill 1.850.0 task_script dispatches a script job; f/crm/sync_contacts is a flow (sync_contacts.flow/).
from wmill import task_script, workflow

sync_contacts = task_script("f/crm/sync_contacts")  # expect: WAC401


@workflow
async def main(since: str):
    return await sync_contacts(since=since)
