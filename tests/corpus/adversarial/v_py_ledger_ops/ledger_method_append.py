# SDK: wmill 1.850.0 _run_inline_step: on replay the step returns the checkpointed value without calling fn, so what fn changed in the body's objects is lost
"""Month-end close: journal entries are posted through a small ledger object kept in the workflow."""
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
        await step("post_accrual", lambda row=row: journal.post(row["account"], row["debit"], row["credit"]))  # expect: WAC104
    if not journal.balanced():
        return {"period": period, "status": "unbalanced"}
    return {"period": period, "batch": await write_journal(period, journal.entries)}
