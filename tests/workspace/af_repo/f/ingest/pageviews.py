"""Nightly pageview ingestion: load each site's partition, check it, roll it up.

Run by the 02:30 UTC schedule with yesterday's date; re-run by hand for a missed night.
"""

from datetime import date

from f.lib import partition_for, run_query  # expect: WAC403
from f.lib.tasks import compute_rollup, load_partition
from wmill import step, task, workflow

SITES = ["news", "sport", "money"]


@task(timeout=300)
async def dedupe(table: str) -> int:
    rows = run_query(f"delete from {table} a using {table} b where a.ctid < b.ctid and a.event_id = b.event_id")
    return len(rows)


def dataset_for(site: str) -> str:
    return f"pageviews_{site}"


@workflow
async def main(day: str, sites: list[str] = SITES):
    loaded = []
    for site in sites:
        part = await load_partition(dataset_for(site), day)
        removed = await dedupe(part["table"])
        loaded.append({"site": site, "rows": part["rows"] - removed})
    total = await step("total", lambda: sum(x["rows"] for x in loaded))
    for site in sites:
        await compute_rollup(dataset_for(site), day)
    return {"day": day, "partition": partition_for(date.fromisoformat(day)), "total": total, "sites": loaded}
