"""Quality gate after the nightly loads (the fixed copy): strict counts and alerts are tasks."""

from f.lib.notify import format_alert, post_slack
from f.lib.quality import row_count_ok, within_tolerance
from f.lib.tasks import load_partition
from wmill import task, task_script, wait_for_approval, workflow

refresh = task_script("f/reports/refresh_dashboard")
EXPECTED = {"pageviews_news": 1_200_000, "pageviews_sport": 400_000, "ad_revenue": 3_000}


@task()
async def strict_count(table: str, rows: int) -> bool:
    return row_count_ok(table, rows, strict=True)


@task()
async def alert(title: str, lines: list[str]) -> None:
    post_slack(format_alert(title, lines))


@workflow
async def main(day: str, dashboards: list[str]):
    failures = []
    for dataset, expected in EXPECTED.items():
        part = await load_partition(dataset, day)
        if not within_tolerance(part["rows"], expected, 0.2) or not row_count_ok(part["table"], part["rows"]):
            failures.append(dataset)
        elif not await strict_count(part["table"], part["rows"]):
            failures.append(dataset)
    if failures:
        await alert(f"Quality gate {day}", failures)
        decision = await wait_for_approval(timeout=6 * 3600, key="override")
        if not decision["approved"]:
            return {"day": day, "held": failures}
    for dashboard in dashboards:
        await refresh(dashboard_id=dashboard)
    return {"day": day, "refreshed": dashboards, "failures": failures}
