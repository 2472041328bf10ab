# SDK: wmill 1.850.0 client.py _execute_directly: the task function is called with the replay's live keyword arguments, so a set argument is still a set in the task.
from wmill import task, workflow


@task()
async def notify(recipients: set[str]) -> int:
    return len(recipients)


@workflow
async def main(emails: list[str]):
    return await notify({e.lower() for e in emails})
