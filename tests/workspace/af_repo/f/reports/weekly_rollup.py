"""Weekly rollup report: reload the last 7 partitions of each dataset, export the totals."""

from f.lib import paths
from f.lib.clock import previous_partitions
from f.lib.tasks import compute_rollup, load_partition
from wmill import step, task_script, workflow

export_csv = task_script(paths.EXPORT_CSV, timeout=300)
DATASETS = ["pageviews_news", "ad_revenue"]


@workflow
async def main(week_ending: str, datasets: list[str] = DATASETS):
    days = previous_partitions(week_ending, 7)
    rows = []
    freshest = ""
    for dataset in datasets:
        for day in days:
            loaded = await load_partition(dataset, day)  # expect: WAC107
            stamp = loaded["loaded_at"].isoformat()
            freshest = max(freshest, stamp)
            total = await compute_rollup(dataset, day)
            rows.append([dataset, day, loaded["rows"], total])
    summary = await step("summary", lambda: {"rows": len(rows), "freshest": freshest})
    url = await export_csv(report=f"weekly-{week_ending}", rows=rows)  # expect: WAC402
    return {"week_ending": week_ending, "url": url, "summary": summary}
