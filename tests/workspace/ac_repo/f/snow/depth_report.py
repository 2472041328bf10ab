"""Daily depth report: measure every zone, add the overnight forecast, and post the
report to the lift board."""

from wmill import step, task, workflow

from f.common.lifts_catalog import lift_name  # expect: WAC101
from f.common.tasks import measure_depth

BASE_ADJUST_CM = 5


@task()
async def forecast_cm(zone: str) -> float:
    import requests

    return requests.get(f"https://forecast.resort.example/{zone}", timeout=10).json()["cm"]


@task()
async def post_board(lines: list[str]) -> None:
    import requests

    requests.post("https://board.resort.example/depths", json={"lines": lines}, timeout=10)


@workflow
async def main(zones: list[str], lift_by_zone: dict[str, str]):
    lines = []
    for zone in zones:
        depth = await measure_depth(zone)  # expect: WAC107
        fresh = await forecast_cm(zone)
        total = depth + BASE_ADJUST_CM
        lines.append(f"{lift_name(lift_by_zone[zone])}: {total} cm (+{fresh} tonight)")
    summary = await step("summary", lambda: "\n".join(lines))
    await post_board(lines)
    return summary
