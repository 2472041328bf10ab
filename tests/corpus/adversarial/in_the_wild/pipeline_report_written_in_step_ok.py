# SDK: wmill 1.850.0 client.py step(name, fn) runs fn once and checkpoints its result; on replay fn is not called again, so the file is written once.
import json
from typing import Any

from wmill import step, task, workflow

REPORT_PATH = "/tmp/pipeline_report.json"


@task
async def summarise(rows: list) -> dict[str, Any]:
    ok = [r for r in rows if r.get("status") == "success"]
    return {"total": len(rows), "successful": len(ok)}


def _write_report(report: dict[str, Any]) -> str:
    with open(REPORT_PATH, "w", encoding="utf-8") as fh:
        json.dump(report, fh, indent=2)
    return REPORT_PATH


@workflow
async def main(rows: list) -> dict[str, Any]:
    report = await summarise(rows)
    where = await step("write_report", lambda: _write_report(report))
    return {**report, "report_path": where}
