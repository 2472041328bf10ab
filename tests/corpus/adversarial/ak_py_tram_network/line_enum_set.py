# SDK: wmill 1.850.0 keys task calls by name and call order (`WorkflowCtx._alloc_key`: `inspect_line`, `inspect_line_2`, ...); a plain `Enum` member hashes as `hash(self._name_)`, a str salted per process, so iterating a set of them dispatches in another order in each round's process and a key returns another line's checkpoint
"""Night inspection of overhead lines, ported from a Luigi pipeline whose requires()
returned a set of line enums."""

from __future__ import annotations

from enum import Enum

import requests

from wmill import task, workflow


class Line(Enum):
    RED = "L1"
    BLUE = "L2"
    GREEN = "L3"
    ORANGE = "L4"


SHARED_SECTIONS = {Line.RED, Line.BLUE, Line.GREEN}


@task(timeout=1800, tag="field")
async def inspect_line(code: str, night: str) -> dict:
    r = requests.post("https://catenary.tram.example/inspections", json={"line": code, "night": night}, timeout=60)
    r.raise_for_status()
    return r.json()


@task(timeout=300)
async def file_report(night: str, findings: list[dict]) -> str:
    r = requests.post("https://catenary.tram.example/reports", json={"night": night, "findings": findings}, timeout=60)
    r.raise_for_status()
    return r.json()["report_id"]


@workflow
async def main(night: str, include_orange: bool = False):
    lines = set(SHARED_SECTIONS)
    if include_orange:
        lines.add(Line.ORANGE)
    findings = []
    for line in lines:  # expect: WAC105
        findings.append(await inspect_line(line.value, night))
    return await file_report(night, findings)
