# SDK: wmill 1.850.0 client.py: the workflow body re-runs from the top after each task; a helper that writes a file, called from the body, writes it again on every replay.
import json
from typing import Any

from wmill import task, workflow

REPORT_PATH = "/tmp/pipeline_report.json"


@task
async def summarise(rows: list) -> dict[str, Any]:
    ok = [r for r in rows if r.get("status") == "success"]
    return {"total": len(rows), "successful": len(ok)}


def _write_report(report: dict[str, Any]) -> None:
    """Persist the report next to the other artifacts."""
    with open(REPORT_PATH, "w", encoding="utf-8") as fh:
        json.dump(report, fh, indent=2)


@workflow
async def main(rows: list) -> dict[str, Any]:
    report = await summarise(rows)
    _write_report(report)  # expect: WAC101
    return report
