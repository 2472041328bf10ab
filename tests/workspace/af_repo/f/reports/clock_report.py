"""Freshness report: how far behind each dataset's newest partition is."""

from datetime import datetime

from f.lib import clock
from f.lib.tasks import notify_team
from wmill import task, workflow

DATASETS = ["pageviews_news", "ad_revenue", "subscription_events"]


@task()
async def newest_partition(dataset: str) -> str:
    from f.lib.warehouse import run_query

    return run_query("select max(day)::text from analytics.partitions where dataset = %s", (dataset,))[0][0]


@workflow
async def main(max_lag_days: int = 2):
    now = clock.utc_now()  # expect: WAC102
    stale = []
    for dataset in DATASETS:
        newest = await newest_partition(dataset)
        lag = (now.date() - datetime.fromisoformat(newest).date()).days
        if lag > max_lag_days:
            stale.append({"dataset": dataset, "lag_days": lag})
    if stale:
        await notify_team("Stale datasets: " + ", ".join(s["dataset"] for s in stale))
    return {"checked_at": now.isoformat(), "stale": stale}
