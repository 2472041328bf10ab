# SDK: wmill 1.850.0 task_script/task_flow wrappers take **kwargs only and dispatch the path as given
"""Weekly fleet report: batch geocode, nightly rollup, cleanup."""

from wmill import task_flow, task_script, workflow

from f.lib import paths
from f.lib.paths import FLEET, NIGHTLY_ROLLUP

geocode_batch = task_script(paths.GEOCODE_BATCH, timeout=900)
render = task_script(paths.RENDER_REPORT)
rollup = task_flow(NIGHTLY_ROLLUP)
purge = task_script(paths.PURGE_STALE)  # expect: WAC401
rollup_as_script = task_script(paths.NIGHTLY_ROLLUP)  # expect: WAC401
report_as_flow = task_flow(f"{FLEET}/render_report")  # expect: WAC401


@workflow
async def main(depot: str, day: str, addresses: list[str]):
    points = await geocode_batch(addresses=addresses, regoin="eu-west")  # expect: WAC402
    html = await render(fleet_id=depot, day=day, currency="EUR")
    summary = await rollup(depot=depot, day=day)
    await purge(depot=depot)
    again = await rollup_as_script(depot=depot, day=day)
    pdf = await report_as_flow(fleet_id=depot, day=day)
    return {"points": points, "html": html, "summary": summary, "again": again, "pdf": pdf}
