# SDK: wmill 1.850.0 client.py: the body replays in new processes; zlib.crc32 of the text and hash() of a tuple of ints are the same in every process (only str / bytes hashes are salted); parallel calls fn(item), and a lambda returning a task's awaitable or a partial of a task both give it one
"""Spread volunteer check-ins over three lanes deterministically, then confirm each in parallel."""

import zlib
from functools import partial

import httpx

from wmill import parallel, task, workflow


@task(timeout=60)
async def check_in(lane: int, volunteer_id: str) -> str:
    async with httpx.AsyncClient() as http:
        r = await http.post(f"https://roster.foodbank.example/api/lanes/{lane}/checkin", json={"volunteer": volunteer_id})
        r.raise_for_status()
        return r.json()["badge"]


@task(timeout=60)
async def confirm(badge: str, table: int) -> bool:
    async with httpx.AsyncClient() as http:
        r = await http.post("https://roster.foodbank.example/api/badges/confirm", json={"badge": badge, "table": table})
        return r.is_success


@workflow
async def main(day: str, week: int, volunteers: list[dict]):
    lanes = [zlib.crc32(f"{v['region']}|{day}".encode()) % 3 for v in volunteers]
    badges = await parallel(list(zip(lanes, volunteers)), lambda pair: check_in(pair[0], pair[1]["id"]))
    table = hash((week, len(volunteers))) % 8
    confirmed = await parallel(badges, partial(confirm, table=table), concurrency=5)
    return {"badges": badges, "confirmed": sum(confirmed)}
