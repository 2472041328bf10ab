"""Fetch the new GTFS feed, validate it for the day it takes effect, and publish it."""

from wmill import step, task, task_script, workflow

from f.rail.lib.clock import service_day_of
from f.rail.lib.net.http import fetch_json

validate = task_script("f/rail_ops/validate_gtfs", timeout=600)


@task()
async def download(url: str) -> dict:
    return fetch_json(url + "/feed_info.json")


@workflow
async def main(feed_url: str, valid_from: str, dry_run: bool = False):
    day = service_day_of(valid_from)
    feed = await download(feed_url)
    report = await validate(feed_version=feed["feed_version"], day=day, strict=not dry_run)
    if dry_run or not report["ok"]:
        return report
    await step("publish", lambda: {"day": day, "version": feed["feed_version"]})
    return report
