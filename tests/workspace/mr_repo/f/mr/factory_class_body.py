from f.common.ledger_factory import ledger_for
from wmill import workflow


@workflow
async def main(folder: str, rows: list):
    ledger = ledger_for("daily")
    ledger.rows = rows
    ledger.flush(folder)  # expect: WAC101
    return ledger.total()
