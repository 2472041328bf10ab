"""Dana's one-off backfill of a date range (kept for the quarterly restatements)."""

from datetime import date, timedelta

import wmill


def main(dataset: str, start: str, end: str):
    day = date.fromisoformat(start)
    last = date.fromisoformat(end)
    jobs = []
    while day <= last:
        jobs.append(
            wmill.run_script_by_path_async(
                "f/ingest/load_day", args={"dataset": dataset, "day": day.isoformat(), "overwrite": True}
            )
        )
        day += timedelta(days=1)
    return jobs
