# SDK: wmill 1.850.0 client.py: task results come back through json (default=str); step(name, fn)
"""Nightly AMI reads for one district: read every meter, post the batch to the CIS,
flag the meters whose night flow looks like a leak."""

import asyncio

from wmill import step, task_flow, workflow

from f.common import http as h
from f.common.paths import LEAK_TRIAGE_FLOW
from f.common.tasks import night_flow, read_meter
from f.common.units import leak_score
from f.meters.summary import reading_line

BATCH_SIZE = 25
LEAK_RATIO = 1.8

triage = task_flow(LEAK_TRIAGE_FLOW, timeout=900)


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


@workflow
async def main(district: str, meter_ids: list[str], zones: list[str]):
    lines: list[str] = []
    readings: list[dict] = []
    for batch in _chunks(sorted(meter_ids), BATCH_SIZE):
        for mid in batch:
            reading = await read_meter(mid)  # expect: WAC107
            readings.append(reading)
            lines.append(reading_line(reading))

    posted = h.Api.post(f"/cis/districts/{district}/reads", {"reads": readings})  # expect: WAC101

    flows = await asyncio.gather(*(night_flow(z) for z in zones))
    suspects = []
    for zone, nf in zip(zones, flows):
        score = leak_score(nf["baseline"], nf["flow"])
        if score >= LEAK_RATIO:
            suspects.append({"zone": zone, "score": score})

    for s in suspects:
        await triage(meter_id=f"zone:{s['zone']}", threshold=s["score"])

    report = await step("district_report", lambda: "\n".join(lines))
    return {"district": district, "batch": posted.get("id"), "suspects": suspects, "report": report}
