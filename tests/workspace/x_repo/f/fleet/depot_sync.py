# SDK: wmill 1.850.0; Windmill's loader makes f.lib an empty module and never runs f/lib/__init__.py
"""Syncs depot stock using the package-level helpers."""

from wmill import step, task, workflow

from f.lib import *  # expect: WAC403
from f.lib import post_json  # expect: WAC403

STOCK_API = "https://stock.example-fleet.io/v1/sync"


@task()
async def push_stock(depot: str, items: dict) -> dict:
    return post_json(STOCK_API, {"depot": depot, "items": items})


@workflow
async def main(depot: str, items: dict):
    tag = await step("tag", lambda: label(depot, with_time=True))
    res = await push_stock(depot, items)
    return {"tag": tag, "res": res}
