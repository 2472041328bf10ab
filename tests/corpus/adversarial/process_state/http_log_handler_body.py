# SDK: wmill 1.850.0 client.py replays the body; logging.basicConfig with an HTTPHandler POSTs every record, so the warning is sent again on each replay.
import logging
import logging.handlers

from wmill import task, workflow

logging.basicConfig(
    level=logging.INFO,
    handlers=[logging.handlers.HTTPHandler("logs.example.com", "/ingest", method="POST", secure=True)],
)


@task()
async def reconcile(ledger: str) -> int:
    return 2


@workflow
async def main(ledger: str):
    mismatches = await reconcile(ledger)
    if mismatches:
        logging.warning("%d mismatches in %s", mismatches, ledger)  # expect: WAC101
    return mismatches
