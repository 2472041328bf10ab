# Notify each distinct user once.
from wmill import task, workflow


@task()
async def notify(user: str) -> str:
    return f"notified {user}"


@workflow
async def main(users: list[str]):
    sent = []
    for user in set(users):  # expect: WAC105
        sent.append(await notify(user))
    return sent
