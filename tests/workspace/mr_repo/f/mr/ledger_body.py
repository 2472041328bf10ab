from wmill import task, workflow

from f.common.ledger import Ledger


@task()
async def amounts(n: int) -> list:
    return [{"amount": float(i)} for i in range(n)]


@workflow
async def main(n: int, folder: str):
    ledger = Ledger("daily")
    ledger.rows = await amounts(n)
    ledger.flush(folder)  # expect: WAC101
    return ledger.total()
