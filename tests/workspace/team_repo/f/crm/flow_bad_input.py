# SDK: wmill 1.850.0 task_flow wrapper(**kwargs): the flow's schema has no `start`; `since` stays unset.
from wmill import task_flow, workflow

sync_contacts = task_flow("f/crm/sync_contacts")


@workflow
async def main(since: str):
    return await sync_contacts(start=since)  # expect: WAC402
