"""Hand a depot over to the night shift and open a disruption for each incident still open."""

from wmill import task_flow, workflow

from f.rail.lib.paths import DISRUPTION_FLOW
from f.rail.lib.tasks import depot_status

disruption = task_flow(DISRUPTION_FLOW)


@workflow
async def main(depot: str, open_incidents: list[str]):
    status = await depot_status(depot_code=depot)  # expect: WAC402
    for station in open_incidents:
        await disruption(line=status["line"], station=station, delay=15)  # expect: WAC402
    return status
