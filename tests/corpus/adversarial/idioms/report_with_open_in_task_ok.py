# SDK: wmill 1.850.0 client.py: a `@task` body runs in its own job once; its result is checkpointed and replayed, so the file is written once.
import json

from wmill import task, workflow


@task()
async def reconcile(ledger: str, day: str) -> dict:
    return {"ledger": ledger, "day": day, "mismatches": 0}


@task()
async def write_report(summary: dict) -> str:
    path = f"/tmp/reconcile_{summary['ledger']}_{summary['day']}.json"
    with open(path, "w") as fh:
        json.dump(summary, fh)
    return path


@workflow
async def main(ledger: str, day: str):
    summary = await reconcile(ledger, day)
    path = await write_report(summary)
    return {"summary": summary, "report": path}
