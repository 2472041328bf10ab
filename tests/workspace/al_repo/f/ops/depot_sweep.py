"""Morning sweep: every depot's status, yesterday's feed archived, units counted by class."""

from wmill import step, workflow

from f.rail.lib.network import DEPOTS
from f.rail.lib.tally import count_into
from f.rail.lib.tasks import archive_feed, depot_status


@workflow
async def main(feed_version: str):
    statuses = {}
    for depot in DEPOTS:  # expect: WAC105
        statuses[depot] = await depot_status(depot)
    archive_feed(version=feed_version)  # expect: WAC106
    units: dict[str, int] = {}
    await step("tally", lambda: count_into(units, statuses.values()))  # expect: WAC104
    return {"statuses": statuses, "units": units}
