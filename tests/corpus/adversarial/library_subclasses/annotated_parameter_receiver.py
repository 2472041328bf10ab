# SDK: wmill 1.850.0 client.py: the body replays from the top; `settle(ledger, ...)` receives a `Ledger` (its parameter says so) and calls `ledger.record`, which posts, so the helper posts on every replay.
import httpx
from wmill import task, workflow


class Ledger:
    def __init__(self, url: str):
        self.url = url

    def record(self, entry: dict) -> dict:
        return httpx.post(f"{self.url}/entries", json=entry).json()


def settle(ledger: "Ledger", entries: list[dict]) -> int:
    return sum(1 for e in entries if ledger.record(e).get("ok"))


@task()
async def close_day(count: int) -> int:
    return count


@workflow
async def main(entries: list[dict], url: str):
    done = settle(Ledger(url), entries)  # expect: WAC101
    return await close_day(done)
