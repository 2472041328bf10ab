# SDK: wmill 1.850.0 client.py step(name, fn) defers only calling fn; `Crm(token).contacts` builds the client in the body, and its __init__ logs in over HTTP in every round.
import requests
from wmill import step, task, workflow


class Crm:
    def __init__(self, token: str) -> None:
        resp = requests.post("https://crm.example.com/oauth/token", data={"refresh_token": token}, timeout=10)
        self.access = resp.json()["access_token"]

    def contacts(self) -> list:
        return requests.get("https://crm.example.com/contacts", headers={"Authorization": self.access}).json()


@task()
async def sync(contacts: list) -> int:
    return len(contacts)


@workflow
async def main(token: str):
    contacts = await step("contacts", Crm(token).contacts)  # expect: WAC101
    return await sync(contacts)
