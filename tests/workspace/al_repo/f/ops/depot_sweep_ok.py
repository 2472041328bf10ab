"""Morning sweep: every depot's status, yesterday's feed archived, units counted by class."""

from wmill import step, workflow

from f.rail.lib.network import DEPOTS, LINES
from f.rail.lib.tally import count_into
from f.rail.lib.tasks import archive_feed, depot_status


@workflow
async def main(feed_version: str):
    statuses = {}
    for depot in sorted(DEPOTS):
        statuses[depot] = await depot_status(depot)
    await archive_feed(version=feed_version)
    units = await step("tally", lambda: count_into({}, statuses.values()))
    return {"statuses": statuses, "units": units, "lines": list(LINES)}
