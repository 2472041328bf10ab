"""Backfill a dataset after an upstream fix: plan the days, get sign-off, run the backfill flow."""

from f.lib import paths
from f.lib.clock import previous_partitions
from wmill import get_resume_urls, step, task, task_flow, task_script, wait_for_approval, workflow

backfill = task_flow(paths.BACKFILL_FLOW, timeout=7200)
export_xlsx = task_script(paths.EXPORT_XLSX)  # expect: WAC401
notify = task_script("f/reports/send_digest")


@task()
async def estimate_cost(dataset: str, days: list[str]) -> dict:
    per_day = {"pageviews_news": 40, "ad_revenue": 5}.get(dataset, 10)
    return {"days": len(days), "minutes": per_day * len(days)}


@workflow
async def main(dataset: str, last_day: str, count: int = 7, export: bool = False):
    days = previous_partitions(last_day, count)
    cost = await estimate_cost(dataset, days)
    urls = await step("urls", lambda: get_resume_urls())
    await notify(kpis={"dataset": dataset, "days": cost["days"], "approve": urls["approvalPage"]}, title="Backfill request")
    decision = await wait_for_approval(timeout=86400, key="backfill")
    if not decision["approved"]:
        return {"dataset": dataset, "skipped": True}
    result = await backfill(dataset=dataset)  # expect: WAC402
    if export:
        await export_xlsx(report_id=f"backfill-{dataset}-{last_day}")
    return {"dataset": dataset, "days": days, "result": result}
