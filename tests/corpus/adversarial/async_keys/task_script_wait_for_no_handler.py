# SDK: wmill 1.850.0 client.py task_script(): the call hands back the recorded result or raises _StepSuspend at once, so asyncio.wait_for around it never fires; the script runs as long as it runs (WAC108: the SDK's timeout= is the bound).
import asyncio

from wmill import task, task_script, workflow

classify = task_script("f/ml/classify_ticket")


@task()
async def route(ticket_id: str, label: str) -> str:
    return f"{ticket_id}->{label}"


@workflow
async def main(ticket_id: str, body: str):
    # the model endpoint sometimes hangs: give it a minute
    label = await asyncio.wait_for(classify(ticket_id=ticket_id, body=body), timeout=60)  # expect: WAC108
    return await route(ticket_id, label)
