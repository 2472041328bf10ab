"""Morning check of the platform signs: show the first departures and announce the timetable change."""

from wmill import task, workflow

from f.stations.lib.factory import make_display
from f.stations.lib.fanout import announce_all
from f.stations.lib.platforms import EXTRA, PLATFORMS


@task()
async def departures(platform: str) -> list[str]:
    import httpx

    return httpx.get(f"https://dbi.westbahn-regional.at/api/platforms/{platform}").json()["lines"]


@workflow
async def main(host_prefix: str, sign: str = "led"):
    shown = {}
    for platform in PLATFORMS | EXTRA:  # expect: WAC105
        lines = await departures(platform)
        shown[platform] = make_display(sign, f"{host_prefix}{platform}").show(lines)  # expect: WAC101
    announce_all(sorted(shown), "Fahrplanwechsel am Sonntag")  # expect: WAC106
    return shown
