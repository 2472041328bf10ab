# SDK: wmill 1.850.0 client.py task_flow: the arguments become the flow's inputs, encoded as JSON (`default=str`): a set arrives as the string of its repr.
from wmill import task_flow, workflow

onboard = task_flow("f/hr/onboard_batch")


@workflow
async def main(emails: list[str]):
    unique = set(e.strip().lower() for e in emails)
    return await onboard(emails=unique)  # expect: WAC107
