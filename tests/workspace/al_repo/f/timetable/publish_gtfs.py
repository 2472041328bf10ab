"""Fetch the new GTFS feed, validate it and publish it to the passenger apps."""

from wmill import step, task, task_script, workflow

from f.rail.lib.clock import service_day
from f.rail.lib.net import fetch_json  # expect: WAC403

validate = task_script("f/rail_ops/validate_gtfs", timeout=600)


@task()
async def download(url: str) -> dict:
    return fetch_json(url + "/feed_info.json")


@workflow
async def main(feed_url: str, dry_run: bool = False):
    day = service_day()  # expect: WAC102
    feed = await download(feed_url)
    report = await validate(feed_version=feed["feed_version"], day=day)
    if dry_run or not report["ok"]:
        return report
    await step(f"publish-{day}", lambda: {"day": day, "version": feed["feed_version"]})  # expect: WAC103
    return report
