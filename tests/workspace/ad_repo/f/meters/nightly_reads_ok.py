# SDK: wmill 1.850.0 client.py: step(name, fn) runs fn once and checkpoints its JSON result
"""Nightly AMI reads, the reviewed version: the CIS post runs in a step, and the report
uses the reading's ISO timestamp as it comes back from the checkpoint."""

import asyncio

from wmill import step, task_flow, workflow

from f.common import http as h
from f.common.paths import LEAK_TRIAGE_FLOW
from f.common.tasks import night_flow, read_meter
from f.common.units import leak_score
from f.meters.summary import plain_line

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
            reading = await read_meter(mid)
            readings.append(reading)
            lines.append(plain_line(reading))

    posted = await step(
        "post_reads",
        lambda: h.Api.post(f"/cis/districts/{district}/reads", {"reads": readings}),
    )
    meter_link = h.Api.meter_url(meter_ids[0]) if meter_ids else None

    flows = await asyncio.gather(*(night_flow(z) for z in zones))
    suspects = []
    for zone, nf in zip(zones, flows):
        score = leak_score(nf["baseline"], nf["flow"])
        if score >= LEAK_RATIO:
            suspects.append({"zone": zone, "score": score})

    for s in suspects:
        await triage(meter_id=f"zone:{s['zone']}", threshold=s["score"])

    return {
        "district": district,
        "batch": posted.get("id"),
        "suspects": suspects,
        "first_meter": meter_link,
        "report": "\n".join(lines),
    }
