# Notify through a task, called from the workflow body.
from wmill import task, step, workflow


@task()
async def send(user: str) -> str:
    return f"sent to {user}"


@workflow
async def main(users: list[str]):
    chosen = await step("choose", lambda: sorted(users))
    return [await send(u) for u in chosen]
