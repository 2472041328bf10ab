# SDK: wmill 1.850.0 client.py keys are name + call count in call order; a loop over a set of names calling a method that awaits a task dispatches in hash order.
from wmill import task, workflow


@task()
async def invite(email: str) -> str:
    return email


class Inviter:
    async def one(self, email: str) -> str:
        return await invite(email)


@workflow
async def main(emails: list):
    inviter = Inviter()
    sent = []
    for email in set(emails):  # expect: WAC105
        sent.append(await inviter.one(email))
    return sent
