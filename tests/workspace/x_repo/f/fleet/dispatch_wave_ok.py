# SDK: wmill 1.850.0 step() checkpoints fn's result; label/jitter/batch_ref without their flag are pure
"""Same dispatch as dispatch_wave, written the replay-safe way."""

import asyncio

from wmill import step, workflow

import f.lib.net as net
from f.lib.clock import batch_ref, jitter, label
from f.lib.tasks import notify_driver, reverse_geocode

OPS_HOOK = "https://ops.example-fleet.io/hooks/wave"


@workflow
async def main(depot: str, points: list[list[float]], drivers: list[str]):
    wave = label(depot)
    ref = batch_ref(depot)
    stamped = await step("stamped_wave", lambda: label(depot, with_time=True))
    located = []
    for lat, lon in points:
        located.append(await reverse_geocode(lat, lon))
    pause = jitter(len(located))
    rate = net.cached_rate("EUR")
    await step(
        "ops_hook",
        lambda: net.post_json(OPS_HOOK, {"wave": wave, "ref": ref, "stamped": stamped}),
    )
    await asyncio.gather(*(notify_driver(d, f"wave {wave} ready") for d in drivers))
    return {"wave": wave, "pause": pause, "rate": rate, "count": len(located)}
