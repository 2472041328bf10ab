# Notify each distinct user once, in a fixed order.
from wmill import task, workflow


@task()
async def notify(user: str) -> str:
    return f"notified {user}"


@workflow
async def main(users: list[str]):
    sent = []
    for user in sorted(set(users)):
        sent.append(await notify(user))
    return sent
