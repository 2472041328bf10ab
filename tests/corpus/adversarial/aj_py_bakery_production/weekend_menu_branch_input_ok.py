# SDK: wmill 1.850.0 the branch is computed from the `service_date` input (the same on every replay); both tasks of the table take the same parameters
"""Publish the day's menu to every store, ported from an Airflow TaskFlow DAG with `@task.branch` (weekday vs weekend menu)."""

from __future__ import annotations

import logging
from datetime import date

from wmill import task, workflow

log = logging.getLogger("bakery.menu")

CMS = "https://cms.crumb.example/api"


@task(timeout=300)
async def weekday_menu(store: str) -> dict:
    import requests

    r = requests.get(f"{CMS}/menus/weekday", params={"store": store}, timeout=60)
    r.raise_for_status()
    return r.json()


@task(timeout=300)
async def weekend_menu(store: str) -> dict:
    import requests

    r = requests.get(f"{CMS}/menus/weekend", params={"store": store}, timeout=60)
    r.raise_for_status()
    return r.json()


@task(timeout=300)
async def publish(store: str, menu: dict) -> str:
    import requests

    r = requests.post(f"{CMS}/stores/{store}/menu", json=menu, timeout=60)
    r.raise_for_status()
    return r.json()["version"]


def branch_for(service_date: str) -> str:
    """@task.branch: returns the id of the task to follow."""
    return "weekend_menu" if date.fromisoformat(service_date).weekday() >= 5 else "weekday_menu"


BRANCHES = {"weekday_menu": weekday_menu, "weekend_menu": weekend_menu}


@workflow
async def main(stores: list[str], service_date: str):
    branch = branch_for(service_date)
    versions = {}
    for store in stores:
        menu = await BRANCHES[branch](store)
        versions[store] = await publish(store, menu)
    log.info("published the %s to %d stores", branch, len(stores))
    return {"branch": branch, "versions": versions}
