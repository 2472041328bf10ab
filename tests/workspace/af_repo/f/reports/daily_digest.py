"""Daily KPI digest: yesterday's numbers against the week before, posted to Slack."""

from f.lib.kit import *  # noqa: F403
from f.lib.tasks import compute_rollup
from wmill import task, task_script, workflow

send_digest = task_script("f/reports/send_digest", timeout=120)
KPIS = ["pageviews", "subscriptions", "ad_revenue"]


@task()
async def kpi_value(kpi: str, day: str) -> float:
    from f.lib.warehouse import run_query

    return float(run_query("select value from analytics.kpi_daily where kpi = %s and day = %s", (kpi, day))[0][0])


def change(today: float, last_week: float) -> str:
    if last_week == 0:
        return "n/a"
    return f"{(today - last_week) / last_week:+.1%}"


@workflow
async def main(dry_run: bool = False):
    day = partition_for()  # expect: WAC102
    week = previous_partitions(day, 8)
    digest_id = stable_id("digest", day)
    kpis = {}
    for kpi in KPIS:
        await compute_rollup(kpi, day)
        today = await kpi_value(kpi, day)
        before = await kpi_value(kpi, week[-1])
        kpis[kpi] = f"{today:,.0f} ({change(today, before)})"
    if not dry_run:
        await send_digest(kpis=kpis, title=f"KPIs {day} [{digest_id}]")
    return {"day": day, "kpis": kpis}
