# SDK: wmill 1.850.0 client.py — task(timeout=...) is copied into the dispatch unconverted (info["timeout"] = _task_options["timeout"]) and Windmill reads job timeouts in seconds
from wmill import task, workflow

EXPORT_TIMEOUT_MS = 20 * 60 * 1000


@task(timeout=EXPORT_TIMEOUT_MS, tag="reports")  # expect: WAC302
async def export_workbook(report_id: str) -> str:
    import httpx

    return httpx.post(f"https://reports.example.com/{report_id}/export", timeout=1200).json()["uri"]


@workflow
async def main(report_ids: list[str]):
    return [await export_workbook(r) for r in report_ids]
