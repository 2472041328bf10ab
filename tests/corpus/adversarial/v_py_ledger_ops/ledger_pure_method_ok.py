# SDK: wmill 1.850.0: code in the body runs again each round and rebuilds the same objects from checkpointed task results
"""Month-end close: the journal object is filled in the body from task results, not inside step callbacks."""
from datetime import datetime, timezone

from wmill import step, task, workflow


class Journal:
    def __init__(self, period: str):
        self.period = period
        self.entries: list[dict] = []

    def post(self, account: str, debit: int, credit: int) -> int:
        self.entries.append({"account": account, "debit": debit, "credit": credit})
        return len(self.entries)

    def balanced(self) -> bool:
        return sum(e["debit"] for e in self.entries) == sum(e["credit"] for e in self.entries)


@task()
async def accruals(period: str) -> list[dict]:
    import wmill

    return wmill.datatable("gl").query("select account, debit, credit from accruals where period = $1", period).fetch()


@task()
async def write_journal(period: str, entries: list[dict]) -> str:
    import wmill

    db = wmill.datatable("gl")
    for e in entries:
        db.query("insert into journal(period, account, debit, credit) values ($1, $2, $3, $4)",
                 period, e["account"], e["debit"], e["credit"]).execute()
    return f"{period}:{len(entries)}"


@workflow
async def main(period: str):
    journal = Journal(period)
    for row in await accruals(period):
        journal.post(row["account"], row["debit"], row["credit"])
    closed_at = await step("closed_at", lambda: datetime.now(timezone.utc).isoformat())
    if not journal.balanced():
        return {"period": period, "status": "unbalanced", "at": closed_at}
    return {"period": period, "batch": await write_journal(period, journal.entries), "at": closed_at}
