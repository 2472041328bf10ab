# SDK: wmill 1.850.0 client.py step(name, fn) calls fn once and checkpoints its result; `Crm(token).contacts` only stores the token in the body, and the request runs inside the step.
import requests
from wmill import step, task, workflow


class Crm:
    def __init__(self, token: str) -> None:
        self.token = token

    def contacts(self) -> list:
        return requests.get("https://crm.example.com/contacts", headers={"Authorization": self.token}).json()


@task()
async def sync(contacts: list) -> int:
    return len(contacts)


@workflow
async def main(token: str):
    contacts = await step("contacts", Crm(token).contacts)
    return await sync(contacts)
