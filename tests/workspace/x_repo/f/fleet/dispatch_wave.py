# SDK: wmill 1.850.0 task() returns the dispatch awaitable (dropped = result lost); f.lib.retry.retrying blocks with time.sleep
"""Morning dispatch: geocode today's stops, tag the wave, tell the drivers."""

from wmill import step, workflow

import f.lib.net as net
from f.lib.clock import batch_ref, jitter, label
from f.lib.tasks import geocode, notify_driver

OPS_HOOK = "https://ops.example-fleet.io/hooks/wave"


@workflow
async def main(depot: str, order_ids: list[str], drivers: list[str]):
    wave = label(depot, with_time=True)  # expect: WAC102
    ref = batch_ref(depot, unique=True)  # expect: WAC102
    located = []
    for oid in order_ids:
        located.append(await geocode(oid))  # expect: WAC101
    pause = jitter(len(located), randomize=True)  # expect: WAC102
    net.post_json(OPS_HOOK, {"wave": wave, "ref": ref, "count": len(located)})  # expect: WAC101
    for driver in drivers:
        notify_driver(driver, f"wave {wave} ready")  # expect: WAC106
    summary = await step("summary", lambda: {"wave": wave, "pause": pause})
    return summary
