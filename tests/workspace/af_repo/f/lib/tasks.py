"""Tasks several workflows share: each runs as its own job."""

from datetime import datetime, timezone

from wmill import task

from .warehouse import warehouse


@task(timeout=900)
async def load_partition(dataset: str, day: str) -> dict:
    table = warehouse.table_name(dataset, day)
    warehouse.query(f"call analytics.load_partition(%s, %s)", (dataset, day))
    return {"table": table, "rows": warehouse.row_count(table), "loaded_at": datetime.now(timezone.utc)}  # expect: WAC107


@task(timeout=600)
async def compute_rollup(dataset: str, day: str) -> int:
    rows = warehouse.query("select analytics.rollup(%s, %s)", (dataset, day))
    return rows[0][0]


@task()
async def notify_team(text: str) -> None:
    from .notify import post_slack

    post_slack(text)
