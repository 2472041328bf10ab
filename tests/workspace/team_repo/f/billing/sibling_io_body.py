# SDK: wmill 1.850.0 replays the body; .ledger_io (f/billing/ledger_io.py) append_entry posts over HTTP.
from wmill import task, workflow

from . import ledger_io


@task()
async def settle(entry_id: str) -> str:
    return entry_id


@workflow
async def main(invoice_id: str):
    entry = ledger_io.append_entry(invoice_id)  # expect: WAC101
    return await settle(entry["id"])
