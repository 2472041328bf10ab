# SDK: wmill 1.850.0: asyncio.gather over tasks built from a sorted set; a dict of coroutines gathered and zipped back
import asyncio
from collections import Counter

from wmill import task, workflow


@task()
async def badge_events(door: str, day: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://access.example-cowork.com/doors/{door}/events", params={"day": day})
        r.raise_for_status()
        return r.json()


@task()
async def suspend_badge(badge: str, reason: str) -> bool:
    import httpx

    async with httpx.AsyncClient() as c:
        r = await c.post(f"https://access.example-cowork.com/badges/{badge}/suspend", json={"reason": reason})
        return r.is_success


@workflow
async def main(day: str, doors: list[str], tailgate_limit: int = 3):
    pending = {door: badge_events(door, day) for door in sorted(set(doors))}
    events_per_door = dict(zip(pending, await asyncio.gather(*pending.values())))
    denied = Counter(
        e["badge"] for events in events_per_door.values() for e in events if e["result"] == "denied"
    )
    offenders = sorted(b for b, n in denied.items() if n >= tailgate_limit)
    suspended = await asyncio.gather(*(suspend_badge(b, f"{denied[b]} denied entries on {day}") for b in offenders))
    return {"doors": len(events_per_door), "suspended": [b for b, ok in zip(offenders, suspended) if ok]}
