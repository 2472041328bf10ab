from wmill import task, workflow

from f.common.ledger import Ledger


@task()
async def write(folder: str, rows: list) -> None:
    ledger = Ledger("daily")
    ledger.rows = rows
    ledger.flush(folder)


@workflow
async def main(folder: str, rows: list):
    ledger = Ledger("daily")
    ledger.rows = rows
    await write(folder, rows)
    return ledger.total()
