# SDK: wmill 1.850.0 client.py: the body replays from the top; `make_ledger()` returns a `Ledger`, whose `record` posts through `requests`: the entry is posted again on every replay.
import requests
from wmill import task, workflow


class Ledger:
    def __init__(self, url: str):
        self.url = url

    def record(self, entry: dict) -> dict:
        return requests.post(f"{self.url}/entries", json=entry, timeout=10).json()


def make_ledger(env: str):
    url = "https://ledger.example.com" if env == "prod" else "https://ledger.staging.example.com"
    return Ledger(url)


@task()
async def notify(entry_id: str) -> None:
    print(entry_id)


@workflow
async def main(entry: dict, env: str = "prod"):
    ledger = make_ledger(env)
    saved = ledger.record(entry)  # expect: WAC101
    await notify(saved["id"])
    return saved["id"]
