# SDK: wmill 1.850.0 client.py `WorkflowCtx._alloc_key`: keys follow call order; `sorted()` over the set comprehension fixes that order across replays.
import asyncio

from wmill import task, workflow


@task()
async def provision_mailbox(email: str) -> str:
    return email


@workflow
async def main(users: list[dict]):
    emails = sorted({u["email"].lower() for u in users if u.get("active")})
    created = await asyncio.gather(*(provision_mailbox(e) for e in emails))
    return {"created": created}
