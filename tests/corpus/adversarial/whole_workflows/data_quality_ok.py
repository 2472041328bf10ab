# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException, so contextlib.suppress(Exception) and `except Exception` around awaited tasks let it through; uuid5/hashlib/datetime.fromisoformat are pure functions of their inputs.
from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import uuid
from datetime import datetime, timedelta
from typing import Any

from wmill import step, task, task_script, workflow

RUN_NAMESPACE = uuid.UUID("6f1c2a52-0d57-4a8e-9d3e-0b7b3f1e8a11")
CHECKS = ("null_rate", "duplicates", "freshness")

notify_owners = task_script("f/data/notify_dataset_owners")


@task(timeout=900)
async def run_check(dataset: str, check: str, as_of: str) -> dict[str, Any]:
    import duckdb

    con = duckdb.connect("md:analytics")
    value = con.execute(f"select dq.{check}(?, ?)", [dataset, as_of]).fetchone()[0]
    return {"check": check, "value": value}


@task()
async def store_report(report_id: str, report: dict) -> str:
    import boto3

    boto3.client("s3").put_object(Bucket="dq-reports", Key=f"{report_id}.json", Body=json.dumps(report))
    return report_id


def thresholds(check: str) -> float:
    return {"null_rate": 0.05, "duplicates": 0.0, "freshness": 26.0}[check]


def fingerprint(results: list[dict]) -> str:
    blob = json.dumps(sorted(results, key=lambda r: r["check"]), sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


@workflow
async def main(datasets: list[str], as_of: str):
    day = datetime.fromisoformat(as_of)
    window_start = (day - timedelta(days=1)).date().isoformat()
    report_id = str(uuid.uuid5(RUN_NAMESPACE, f"{as_of}:{','.join(sorted(datasets))}"))

    report: dict[str, Any] = {"as_of": as_of, "window_start": window_start, "datasets": {}}
    failing: list[str] = []
    for dataset in datasets:
        results = await asyncio.gather(*[run_check(dataset, c, as_of) for c in CHECKS])
        bad = [r["check"] for r in results if r["value"] is not None and r["value"] > thresholds(r["check"])]
        report["datasets"][dataset] = {"results": results, "failing": bad, "fingerprint": fingerprint(results)}
        if bad:
            failing.append(dataset)

    await store_report(report_id, report)

    # owners are told best-effort; a failed notification must not fail the run
    with contextlib.suppress(Exception):
        await notify_owners(datasets=failing, report_id=report_id)

    checked = await step("checked_at", lambda: datetime.utcnow().isoformat())
    return {"report": report_id, "failing": failing, "checked_at": checked}
