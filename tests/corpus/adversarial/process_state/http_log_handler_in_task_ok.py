# SDK: wmill 1.850.0 client.py a @task runs once as its own job; records logged there through the HTTPHandler are sent once.
import logging
import logging.handlers

from wmill import task, workflow

logging.basicConfig(
    level=logging.INFO,
    handlers=[logging.handlers.HTTPHandler("logs.example.com", "/ingest", method="POST", secure=True)],
)


@task()
async def reconcile(ledger: str) -> int:
    mismatches = 2
    if mismatches:
        logging.warning("%d mismatches in %s", mismatches, ledger)
    return mismatches


@workflow
async def main(ledger: str):
    return await reconcile(ledger)
