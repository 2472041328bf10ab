"""Morning check of the platform signs: show the first departures and announce the timetable change."""

from wmill import task, workflow

from f.stations.lib.factory import make_display
from f.stations.lib.fanout import announce_all
from f.stations.lib.platforms import ORDERED


@task()
async def departures(platform: str) -> list[str]:
    import httpx

    return httpx.get(f"https://dbi.westbahn-regional.at/api/platforms/{platform}").json()["lines"]


@task()
async def show(sign: str, host: str, lines: list[str]) -> int:
    return make_display(sign, host).show(lines)


@workflow
async def main(host_prefix: str, sign: str = "led"):
    shown = {}
    for platform in ORDERED:
        lines = await departures(platform)
        shown[platform] = await show(sign, f"{host_prefix}{platform}", lines)
    await announce_all(sorted(shown), "Fahrplanwechsel am Sonntag")
    return shown
