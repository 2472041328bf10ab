# SDK: wmill 1.850.0 client.py keys are name + call count in call order; sorted(set(...)) fixes the order of the method's task calls.
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
    for email in sorted(set(emails)):
        sent.append(await inviter.one(email))
    return sent
