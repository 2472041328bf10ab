# SDK: wmill 1.850.0 raises `TaskError` (an Exception) for a failed task, so `contextlib.suppress(TaskError)` skips a report whose message cannot be built; the suspension is a BaseException and passes through
"""Deliver signed-out reports to the ordering clinics over HL7 (a team's Celery chain rewritten as code)."""

from __future__ import annotations

import contextlib
import logging

from wmill import TaskError, step, task, workflow

log = logging.getLogger("path.hl7")

LIS = "https://lis.path.example/api"
ENGINE = "https://hl7.path.example"


@task(timeout=120)
async def signed_out_reports(since: str) -> list[dict]:
    import requests

    r = requests.get(f"{LIS}/reports", params={"state": "signed", "since": since}, timeout=30)
    r.raise_for_status()
    return r.json()["reports"]


@task(timeout=120)
async def build_oru(report: dict) -> str:
    if not report.get("clinic_hl7_id"):
        raise ValueError(f"report {report['id']} has no clinic HL7 id")
    segs = [f"MSH|^~\\&|PATH|LAB|{report['clinic_hl7_id']}|CLINIC", f"OBX|1|TX|{report['code']}||{report['text']}"]
    return "\r".join(segs)


@task(timeout=180, tag="hl7")
async def send_oru(message: str, report_id: str) -> dict:
    import requests

    r = requests.post(f"{ENGINE}/outbound", data=message.encode(), headers={"X-Report": report_id}, timeout=60)
    r.raise_for_status()
    return r.json()


@workflow
async def main(since: str):
    reports = await signed_out_reports(since)
    delivered: list[str] = []
    for rep in reports:
        message = None
        with contextlib.suppress(TaskError):
            message = await build_oru(rep)
        if message is None:
            log.warning("skipping report %s", rep["id"])
            continue
        ack = await send_oru(message, rep["id"])
        if ack.get("code") == "AA":
            delivered.append(rep["id"])
    summary = await step("summary", lambda: {"delivered": len(delivered), "total": len(reports)})
    return summary
