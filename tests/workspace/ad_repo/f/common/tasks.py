"""Tasks shared by every meter and billing workflow."""

from datetime import datetime, timezone

import requests
from wmill import task

from f.common.http import GATEWAY


@task(timeout=120)
async def read_meter(meter_id: str, register: int = 1) -> dict:
    resp = requests.get(f"{GATEWAY}/meters/{meter_id}/registers/{register}", timeout=20)
    resp.raise_for_status()
    body = resp.json()
    return {
        "meter_id": meter_id,
        "litres": float(body["litres"]),
        "read_at": datetime.fromtimestamp(body["ts"], tz=timezone.utc),  # expect: WAC107
    }


@task(timeout=300, tag="gis")
async def night_flow(zone: str, nights: int = 7) -> dict:
    resp = requests.get(f"{GATEWAY}/zones/{zone}/night-flow", params={"n": nights}, timeout=60)
    resp.raise_for_status()
    return {"zone": zone, "baseline": resp.json()["baseline"], "flow": resp.json()["flow"]}


@task()
async def open_work_order(site: str, priority: int, note: str = "") -> str:
    resp = requests.post(
        f"{GATEWAY}/work-orders", json={"site": site, "priority": priority, "note": note}, timeout=30
    )
    resp.raise_for_status()
    return resp.json()["id"]
