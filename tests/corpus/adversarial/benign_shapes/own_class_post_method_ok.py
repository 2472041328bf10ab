# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the file's own `Ledger.post` and `Ledger.commit` only add to a list in memory.
from wmill import task, workflow


class Ledger:
    def __init__(self) -> None:
        self.entries: list[dict] = []

    def post(self, account: str, amount: int) -> None:
        self.entries.append({"account": account, "amount": amount})

    def commit(self) -> list[dict]:
        return sorted(self.entries, key=lambda e: e["account"])


@task()
async def fetch_movements(day: str) -> list[dict]:
    return [{"account": "cash", "amount": 10}]


@task()
async def save(entries: list[dict]) -> int:
    return len(entries)


@workflow
async def main(day: str):
    ledger = Ledger()
    for move in await fetch_movements(day):
        ledger.post(move["account"], move["amount"])
    return await save(ledger.commit())
