"""Tasks shared by the operations workflows."""

from wmill import task, task_script

from .net.http import fetch_json

archive_feed = task_script("f/rail_ops/archive_feed")


@task()
async def depot_status(depot: str) -> dict:
    return fetch_json(f"https://depot.westbahn-regional.at/api/{depot}/status")
