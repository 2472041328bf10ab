"""Quarterly restatement: re-run Dana's backfill for each dataset, then rebuild the KPIs."""

from f.lib import paths
from f.lib.tasks import compute_rollup, notify_team
from wmill import task_script, wait_for_approval, workflow

adhoc_backfill = task_script(paths.ADHOC_BACKFILL, timeout=3600)
DATASETS = ["pageviews_news", "pageviews_sport", "subscription_events"]


def quarter_bounds(year: int, quarter: int) -> tuple[str, str]:
    starts = {1: "01-01", 2: "04-01", 3: "07-01", 4: "10-01"}
    ends = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}
    return f"{year}-{starts[quarter]}", f"{year}-{ends[quarter]}"


@workflow
async def main(year: int, quarter: int):
    start, end = quarter_bounds(year, quarter)
    approval = await wait_for_approval(
        timeout=3 * 86400,
        key="restatement",
        description=f"Restate Q{quarter} {year} ({start} .. {end})",
    )
    if not approval["approved"]:
        return {"restated": False}
    runs = []
    for dataset in DATASETS:
        runs.append(await adhoc_backfill(dataset, start, end))  # expect: WAC301
    for dataset in DATASETS:
        await compute_rollup(dataset, end)
    await notify_team(f"Q{quarter} {year} restated by {approval['approver']}")
    return {"restated": True, "runs": runs}
