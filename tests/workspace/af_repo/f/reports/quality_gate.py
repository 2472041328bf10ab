"""Quality gate after the nightly loads: hold the dashboards when a table is short."""

from f.lib.notify import format_alert, post_slack
from f.lib.quality import row_count_ok, within_tolerance
from f.lib.tasks import load_partition
from wmill import task_script, wait_for_approval, workflow

refresh = task_script("f/reports/refresh_dashboard")
EXPECTED = {"pageviews_news": 1_200_000, "pageviews_sport": 400_000, "ad_revenue": 3_000}


@workflow
async def main(day: str, dashboards: list[str]):
    failures = []
    for dataset, expected in EXPECTED.items():
        part = await load_partition(dataset, day)
        if not within_tolerance(part["rows"], expected, 0.2):
            failures.append(dataset)
        elif not row_count_ok(part["table"], part["rows"], strict=True):  # expect: WAC101
            failures.append(dataset)
    if failures:
        post_slack(format_alert(f"Quality gate {day}", failures))  # expect: WAC101
        decision = await wait_for_approval(timeout=6 * 3600, key="override")
        if not decision["approved"]:
            return {"day": day, "held": failures}
    for dashboard in dashboards:
        await refresh(dashboard_id=dashboard)
    return {"day": day, "refreshed": dashboards, "failures": failures}
