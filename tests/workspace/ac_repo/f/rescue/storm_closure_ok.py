"""Storm closure: depths are awaited, patrol paged from a step."""

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
    depths = {}
    for lift_id, zone in sorted(EXPOSED.items()):
        depths[lift_id] = await depth_of(zone)
        if wind_kmh.get(lift_id, 0) > limit_kmh:
            await close_lift(lift_id=lift_id, reason="storm", notify_patrol=False)
            closing.append(lift_id)
    detail = ", ".join(closing) or "none"
    await step("page", lambda: alerts.page_patrol(f"storm closure: {detail}"))
    return {"closing": closing, "depths": depths}
