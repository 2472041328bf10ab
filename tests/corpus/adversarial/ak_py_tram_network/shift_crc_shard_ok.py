# SDK: wmill 1.850.0 replays the body in a new process each round; `zlib.crc32` of the UTF-8 bytes is the same in every process (unlike `hash()` of a str), so the depot picked for each line is stable across replays
"""Balance overnight cleaning crews across depots with a stable shard function."""

from __future__ import annotations

import zlib

import requests

from wmill import task, workflow

DEPOTS = ["north", "harbour", "university", "airport"]


def shard(line: str, day: str, n: int) -> int:
    return zlib.crc32(f"{line}|{day}".encode()) % n


@task(timeout=600)
async def book_cleaning(depot: str, line: str, day: str) -> dict:
    r = requests.post(
        f"https://depots.tram.example/{depot}/cleaning",
        json={"line": line, "day": day},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


@workflow
async def main(day: str, lines: list[str]):
    plan: dict[str, str] = {}
    for line in lines:
        depot = DEPOTS[shard(line, day, len(DEPOTS))]
        booking = await book_cleaning(depot, line, day)
        plan[line] = booking["slot"]
    return plan
