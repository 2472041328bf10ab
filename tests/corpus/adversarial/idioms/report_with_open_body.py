# SDK: wmill 1.850.0 client.py: code between tasks in the body runs on every replay; `open(..., "w")` rewrites the report file each round.
import json

from wmill import task, workflow


@task()
async def reconcile(ledger: str, day: str) -> dict:
    return {"ledger": ledger, "day": day, "mismatches": 0}


@workflow
async def main(ledger: str, day: str):
    summary = await reconcile(ledger, day)
    with open(f"/tmp/reconcile_{ledger}_{day}.json", "w") as fh:  # expect: WAC101
        json.dump(summary, fh)
    return summary
