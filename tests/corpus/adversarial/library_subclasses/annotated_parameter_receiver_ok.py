# SDK: wmill 1.850.0 client.py: the body replays from the top; `summarize(ledger, ...)` receives a `Ledger` but only calls its pure `describe`; the posting `record` runs inside the task.
import httpx
from wmill import task, workflow


class Ledger:
    def __init__(self, url: str):
        self.url = url

    def record(self, entry: dict) -> dict:
        return httpx.post(f"{self.url}/entries", json=entry).json()

    def describe(self) -> str:
        return f"ledger at {self.url}"


def summarize(ledger: Ledger, entries: list[dict]) -> str:
    return f"{len(entries)} entries for {ledger.describe()}"


@task()
async def record_all(url: str, entries: list[dict]) -> int:
    ledger = Ledger(url)
    return sum(1 for e in entries if ledger.record(e).get("ok"))


@workflow
async def main(entries: list[dict], url: str):
    print(summarize(Ledger(url), entries))
    return await record_all(url, entries)
