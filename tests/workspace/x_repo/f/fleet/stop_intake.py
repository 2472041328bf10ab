# SDK: wmill 1.850.0; Windmill's parser sees only this file: `stop: Stop` (imported) becomes format resource-Stop (oracle)
"""Accept a delivery stop from the booking form and geocode it."""

from wmill import step, workflow

from f.lib.clock import utc_day
from f.lib.tasks import Stop, reverse_geocode


@workflow
async def main(stop: Stop, lat: float, lon: float, notes: str = ""):  # expect: WAC902
    where = await reverse_geocode(lat, lon)
    day = utc_day(stop["window_start"])
    checked = await step("window", lambda: stop["window_start"] <= stop["window_end"])
    return {"stop": stop["stop_id"], "where": where, "day": day, "ok": checked, "notes": notes}
