# SDK: wmill 1.850.0 client.py: the body reruns in every round; `for ... in` calls the class's __iter__, a generator that pages the API over HTTP from the body.
from collections.abc import Iterator

import requests
from wmill import task, workflow


class Tickets:
    def __init__(self, base: str, token: str) -> None:
        self.base = base
        self.token = token

    def __iter__(self) -> Iterator[dict]:
        url: str | None = f"{self.base}/tickets?status=open"
        while url:
            page = requests.get(url, headers={"Authorization": f"Bearer {self.token}"}, timeout=10).json()
            yield from page["items"]
            url = page.get("next")


@task()
async def triage(ticket_id: str, subject: str) -> str:
    return "low"


@workflow
async def main(base: str, token: str):
    out = []
    for t in Tickets(base, token):  # expect: WAC101
        out.append(await triage(t["id"], t["subject"]))
    return out
