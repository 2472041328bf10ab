# SDK: wmill 1.850.0 client.py: the body replays from the top; `Crm` inherits from `AuthedSession`, a `requests.Session`; its `upsert` calls the inherited `put`, which sends the request on every replay.
import requests
from wmill import task, workflow


class AuthedSession(requests.Session):
    def __init__(self, token: str):
        super().__init__()
        self.headers["Authorization"] = token


class Crm(AuthedSession):
    base = "https://crm.example.com/api"

    def upsert(self, contact: dict) -> dict:
        return self.put(f"{self.base}/contacts/{contact['email']}", json=contact).json()


@task()
async def welcome(email: str) -> None:
    print("welcome", email)


@workflow
async def main(contact: dict, token: str):
    saved = Crm(token).upsert(contact)  # expect: WAC101
    await welcome(saved["email"])
    return saved
