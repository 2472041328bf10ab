"""Nightly pageview ingestion (the fixed copy): load, dedupe and roll up each site."""

from datetime import date

from f.lib.clock import partition_for
from f.lib.tasks import compute_rollup, load_partition
from f.lib.warehouse import run_query
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
    partition = partition_for(date.fromisoformat(day))
    loaded = []
    for site in sites:
        part = await load_partition(dataset_for(site), partition)
        removed = await dedupe(part["table"])
        loaded.append({"site": site, "rows": part["rows"] - removed})
    total = await step("total", lambda: sum(x["rows"] for x in loaded))
    for site in sites:
        await compute_rollup(dataset_for(site), partition)
    return {"day": partition, "total": total, "sites": loaded}
