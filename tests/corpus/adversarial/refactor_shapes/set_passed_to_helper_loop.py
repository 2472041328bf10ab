# SDK: wmill 1.850.0 client.py keys are name + call count in call order; a set handed to a helper that loops over it dispatches the tasks in hash order.
from wmill import task, workflow


@task()
async def notify(email: str) -> bool:
    return True


async def notify_all(recipients) -> int:
    sent = 0
    for email in recipients:
        sent += await notify(email)
    return sent


@workflow
async def main(emails: list):
    return await notify_all(set(emails))  # expect: WAC105
