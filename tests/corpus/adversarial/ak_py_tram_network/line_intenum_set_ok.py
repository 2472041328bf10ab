# SDK: wmill 1.850.0 keys task calls by name and call order (`_alloc_key`); an `IntEnum` member hashes as its int value (`int.__hash__` comes first in its MRO), and a set of small ints iterates in the same order in every process, so the dispatch order is stable across replays
"""Night inspection of overhead lines numbered by an IntEnum."""

from __future__ import annotations

from enum import IntEnum

import requests

from wmill import task, workflow


class Line(IntEnum):
    RED = 1
    BLUE = 2
    GREEN = 3
    ORANGE = 4


SHARED_SECTIONS = {Line.RED, Line.BLUE, Line.GREEN}


@task(timeout=1800, tag="field")
async def inspect_line(number: int, night: str) -> dict:
    r = requests.post("https://catenary.tram.example/inspections", json={"line": number, "night": night}, timeout=60)
    r.raise_for_status()
    return r.json()


@workflow
async def main(night: str, include_orange: bool = False):
    lines = set(SHARED_SECTIONS)
    if include_orange:
        lines.add(Line.ORANGE)
    findings = []
    for line in lines:
        findings.append(await inspect_line(int(line), night))
    return {"night": night, "findings": findings}
