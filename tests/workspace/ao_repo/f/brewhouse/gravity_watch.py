"""Log the gravity of a fermenter every hour until it settles."""

from wmill import sleep, step, workflow

from f.brew.lib import Batch, sensors  # expect: WAC403
from f.brew.lib.tasks import log_gravity


@workflow
async def main(batch_id: str, recipe: str, vessel: str, hours: int = 48):
    batch = Batch(batch_id=batch_id, recipe=recipe, volume_l=0.0, vessel=vessel)
    first = sensors.read_gravity(batch.vessel, live=True)  # expect: WAC101
    last = first
    for _ in range(hours):
        sg = await step("reading", lambda: sensors.read_gravity(vessel, live=True))
        await log_gravity(vessel=vessel, sg=sg)
        if abs(last - sg) < 0.001:
            break
        last = sg
        await sleep(3600)
    return {"first": first, "last": last}
