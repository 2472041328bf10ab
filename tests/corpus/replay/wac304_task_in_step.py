# Notify through a task, called from a step callback.
from wmill import task, step, workflow


@task()
async def send(user: str) -> str:
    return f"sent to {user}"


async def notify_all(users):
    return [await send(u) for u in users]  # expect: WAC304


@workflow
async def main(users: list[str]):
    return await step("notify", lambda: notify_all(users))
