# SDK: wmill 1.850.0 client.py task_flow: the flow's inputs are JSON; a sorted list of the set crosses as a list.
from wmill import task_flow, workflow

onboard = task_flow("f/hr/onboard_batch")


@workflow
async def main(emails: list[str]):
    unique = sorted(set(e.strip().lower() for e in emails))
    return await onboard(emails=unique)
