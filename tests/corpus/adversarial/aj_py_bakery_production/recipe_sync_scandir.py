# SDK: wmill 1.850.0 the body runs on whichever worker takes the round: `os.scandir` lists that worker's directory (file I/O) in the file system's order, so the sync tasks' keys follow an order that can change between replays; and `_next_step(name, script, func, ..., **kwargs)` takes the task's arguments as keywords, so a task parameter called `name` raises TypeError
"""Sync recipe cards from the shared recipes folder to the POS, ported from an Airflow DAG with a `FileSensor`."""

from __future__ import annotations

import json
import logging
import os

from wmill import task, workflow

log = logging.getLogger("bakery.recipes")

RECIPES_DIR = "/mnt/shared/recipes"


@task(timeout=300)
async def sync_recipe(name: str, card: dict) -> dict:  # expect: WAC301
    import requests

    r = requests.put(f"https://pos.crumb.example/api/recipes/{name}", json=card, timeout=60)
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def notify_kitchen(synced: list[str]) -> None:
    import requests

    requests.post("https://hooks.slack.example/kitchen", json={"text": f"{len(synced)} recipes updated"}, timeout=30)


def load_card(path: str) -> dict:
    with open(path) as fh:
        return json.load(fh)


@workflow
async def main(dry_run: bool = False):
    synced: list[str] = []
    for entry in os.scandir(RECIPES_DIR):  # expect: WAC101, WAC105
        if not entry.name.endswith(".json"):
            continue
        name = entry.name.removesuffix(".json")
        if dry_run:
            synced.append(name)
            continue
        await sync_recipe(name, load_card(entry.path))  # expect: WAC101
        synced.append(name)
    if synced and not dry_run:
        await notify_kitchen(synced)
    return {"synced": synced}
