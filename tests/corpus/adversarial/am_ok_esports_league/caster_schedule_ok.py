# SDK: wmill 1.850.0: zoneinfo conversion of an input datetime string is deterministic (no clock); a nested def passed to step(); a sorted() of a dict's keys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from wmill import step, task, workflow

REGIONS = {"eu": "Europe/Berlin", "na": "America/New_York", "apac": "Asia/Seoul"}


@task()
async def casters_available(day: str, region: str) -> list[str]:
    import requests

    r = requests.get("https://talent.example-frag.gg/availability", params={"day": day, "region": region}, timeout=15)
    r.raise_for_status()
    return sorted(r.json()["casters"])


@task()
async def book(caster: str, match_id: str, local_start: str) -> str:
    import requests

    r = requests.post("https://talent.example-frag.gg/bookings", json={"caster": caster, "match": match_id, "start": local_start}, timeout=15)
    r.raise_for_status()
    return r.json()["booking_id"]


def local_time(utc_iso: str, region: str) -> str:
    # a naive input is UTC by contract: never let astimezone() read the worker's zone
    start = datetime.fromisoformat(utc_iso)
    if start.tzinfo is None:
        start = start.replace(tzinfo=timezone.utc)
    return start.astimezone(ZoneInfo(REGIONS[region])).isoformat()


@workflow
async def main(matches: list[dict]):
    bookings = {}
    by_region: dict[str, list[dict]] = {}
    for m in matches:
        by_region.setdefault(m["region"], []).append(m)
    for region in sorted(by_region):
        for i, m in enumerate(sorted(by_region[region], key=lambda m: m["start_utc"])):
            casters = await casters_available(m["start_utc"][:10], region)
            if not casters:
                continue
            caster = casters[i % len(casters)]
            bookings[m["id"]] = await book(caster, m["id"], local_time(m["start_utc"], region))

    def tally() -> dict:
        return {"booked": len(bookings), "unbooked": len(matches) - len(bookings)}

    return {"bookings": bookings, **(await step("tally", tally))}
