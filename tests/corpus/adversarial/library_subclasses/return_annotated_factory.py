# SDK: wmill 1.850.0 client.py: the body replays from the top; `current_ledger()` is declared to return a `Ledger` (it picks one from a table), and `.record` posts on every replay.
import httpx
from wmill import task, workflow


class Ledger:
    def __init__(self, url: str):
        self.url = url

    def record(self, entry: dict) -> dict:
        return httpx.post(f"{self.url}/entries", json=entry).json()


LEDGERS = {"eu": Ledger("https://eu.ledger.example.com"), "us": Ledger("https://us.ledger.example.com")}


def current_ledger(region: str) -> Ledger:
    return LEDGERS[region]


@task()
async def notify(entry_id: str) -> str:
    return entry_id


@workflow
async def main(entry: dict, region: str = "eu"):
    saved = current_ledger(region).record(entry)  # expect: WAC101
    return await notify(saved["id"])
