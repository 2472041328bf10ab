# SDK: wmill 1.850.0 client.py: a plain helper called from the @workflow body runs in the body, so its I/O repeats on every replay.
import requests
from wmill import task, workflow

ALERTS = "https://alerts.example.com/api/events"


def _post_event(kind: str, payload: dict) -> None:
    requests.post(ALERTS, json={"kind": kind, **payload}, timeout=10)


def _record_failure(job: str, reason: str) -> None:
    _post_event("failure", {"job": job, "reason": reason})


def report(job: str, ok: bool, reason: str = "") -> str:
    if not ok:
        _record_failure(job, reason)
    return "failed" if not ok else "ok"


@task(timeout=3600)
async def run_backup(database: str) -> dict:
    return {"ok": True, "size_mb": 2048}


@workflow
async def main(database: str):
    result = await run_backup(database)
    status = report(f"backup:{database}", result["ok"], result.get("error", ""))  # expect: WAC101
    return {"status": status, "size_mb": result["size_mb"]}
