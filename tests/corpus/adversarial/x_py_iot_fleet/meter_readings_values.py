# SDK: wmill 1.850.0 task_script args go to the child job as JSON (default=str on the dispatch); a task's result is the child's JSON result
"""Aggregate smart-meter readings for a billing period and hand them to the tariff script."""
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal

from wmill import task, task_script, workflow

apply_tariff = task_script("f/energy/apply_tariff", timeout=600)


@dataclass(frozen=True)
class Reading:
    meter_id: str
    taken_at: datetime
    kwh: Decimal


@task(timeout=600)
async def load_readings(meter_id: str, start: str, end: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient(base_url="https://meters.internal.example") as client:
        resp = await client.get(f"/meters/{meter_id}/readings", params={"from": start, "to": end})
    return resp.json()["readings"]


@workflow
async def main(meter_id: str, start: str, end: str):
    raw = await load_readings(meter_id, start, end)
    readings = [
        Reading(meter_id, datetime.fromisoformat(r["at"]).replace(tzinfo=timezone.utc), Decimal(r["kwh"]))
        for r in raw
    ]
    total = sum((r.kwh for r in readings), Decimal("0"))
    peak = max(readings, key=lambda r: r.kwh)
    priced = await apply_tariff(
        meter_id=meter_id,
        total_kwh=total,  # expect: WAC107
        peak_at=peak.taken_at,  # expect: WAC107
    )
    return {"meter": meter_id, "readings": len(readings), "invoice": priced}
