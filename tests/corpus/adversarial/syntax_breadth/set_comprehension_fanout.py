# SDK: wmill 1.850.0 client.py `WorkflowCtx._alloc_key`: keys are the task name plus call order; a set comprehension of strings iterates in hash order, salted per process, so the order changes on replay.
import asyncio

from wmill import task, workflow


@task()
async def provision_mailbox(email: str) -> str:
    return email


@workflow
async def main(users: list[dict]):
    emails = {u["email"].lower() for u in users if u.get("active")}
    created = await asyncio.gather(*(provision_mailbox(e) for e in emails))  # expect: WAC105
    return {"created": created}
