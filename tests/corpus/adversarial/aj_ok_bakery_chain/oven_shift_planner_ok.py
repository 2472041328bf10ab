# SDK: wmill 1.850.0: timezone conversions given an explicit ZoneInfo are the same on every worker; the clock is read only in a step
import heapq
import itertools
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from wmill import step, task, workflow

SHOP_TZ = {
    "lyon-1": ZoneInfo("Europe/Paris"),
    "porto-2": ZoneInfo("Europe/Lisbon"),
    "graz-3": ZoneInfo("Europe/Vienna"),
}


@task()
async def publish_shift(shop: str, oven: str, starts_utc: str, ends_utc: str) -> str:
    import httpx

    async with httpx.AsyncClient() as c:
        r = await c.post(
            "https://rota.example-bakery.com/api/oven-shifts",
            json={"shop": shop, "oven": oven, "start": starts_utc, "end": ends_utc},
        )
        r.raise_for_status()
        return r.json()["id"]


def local_window(day: str, shop: str, hour: int, hours: int) -> tuple[datetime, datetime]:
    tz = SHOP_TZ[shop]
    start_local = datetime.fromisoformat(f"{day}T{hour:02d}:00").replace(tzinfo=tz)
    start_utc = start_local.astimezone(timezone.utc)
    return start_utc, start_utc + timedelta(hours=hours)


def assign_ovens(batches: list[dict], ovens: list[str]) -> list[tuple[str, dict]]:
    heap = [(0, o) for o in sorted(ovens)]
    heapq.heapify(heap)
    out = []
    for batch in sorted(batches, key=lambda b: (-b["minutes"], b["name"])):
        load, oven = heapq.heappop(heap)
        out.append((oven, batch))
        heapq.heappush(heap, (load + batch["minutes"], oven))
    return out


@workflow
async def main(day: str, shop: str, batches: list[dict], ovens: list[str]):
    start, end = local_window(day, shop, 3, 6)
    plan = assign_ovens(batches, ovens)
    ids = []
    for oven, group in itertools.groupby(sorted(plan, key=lambda p: p[0]), key=lambda p: p[0]):
        names = [b["name"] for _, b in group]
        ids.append(await publish_shift(shop, oven, start.isoformat(), end.isoformat()))
        print(f"{oven}: {', '.join(names)}")
    published = await step("published", lambda: datetime.now(timezone.utc).isoformat())
    return {"shift_ids": ids, "published": published, "local_start": start.astimezone(SHOP_TZ[shop]).isoformat()}
