"""Morning trigger (a schedule runs it at 06:00): start the bulletin flow per zone."""

import wmill


def main(ratings: dict[str, int]):
    started = {}
    for zone, level in sorted(ratings.items()):
        started[zone] = wmill.run_flow_async("f/avalanche/bulletin", args={"zone": zone, "level": level})
        if level >= 5:
            wmill.run_script_by_path_async(
                "f/lifts/close_lift",
                args={"lift_id": "summit-express", "reason": f"avalanche level {level} in {zone}"},
            )
    return started
