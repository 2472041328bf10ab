"""Storm closure: when the storm front arrives, measure the exposed zones, close the
lifts above the wind limit, and page patrol with the list."""

from wmill import sleep, step, task_script, workflow

from f.common import alerts
from f.common.tasks import measure_depth_cm as depth_of

close_lift = task_script("f/lifts/close_lift", timeout=300)
EXPOSED = {"summit-express": "north", "ridge-t-bar": "ridge", "bowl-quad": "bowl"}


@workflow
async def main(front_eta_minutes: int, wind_kmh: dict[str, int], limit_kmh: int = 70):
    if front_eta_minutes > 0:
        await sleep(front_eta_minutes * 60)
    closing = []
    for lift_id, zone in sorted(EXPOSED.items()):
        depth_of(zone)  # expect: WAC106
        if wind_kmh.get(lift_id, 0) > limit_kmh:
            await close_lift(lift_id=lift_id, reason="storm", notify_patrol="no")  # expect: WAC402
            closing.append(lift_id)
    detail = await step("detail", lambda: ", ".join(closing) or "none")
    alerts.page_patrol(f"storm closure: {detail}")  # expect: WAC101
    return closing
