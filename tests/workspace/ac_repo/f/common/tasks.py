"""Tasks every snow and passes workflow shares."""

from decimal import Decimal

import requests
from wmill import task

SNOW_API = "https://snow.resort.example/v2"


@task()
async def measure_depth(zone: str) -> Decimal:
    reading = requests.get(f"{SNOW_API}/zones/{zone}/depth", timeout=20).json()
    return Decimal(str(reading["cm"]))  # expect: WAC107


@task()
async def measure_depth_cm(zone: str) -> float:
    reading = requests.get(f"{SNOW_API}/zones/{zone}/depth", timeout=20).json()
    return float(reading["cm"])


@task()
async def refund_pass(pass_id: str, amount_cents: int) -> tuple[bool, int]:
    resp = requests.post(
        "https://passes.resort.example/refunds",
        json={"pass": pass_id, "amount": amount_cents},
        timeout=30,
    )
    return resp.ok, resp.status_code


@task()
async def refund_pass_ok(pass_id: str, amount_cents: int) -> dict:
    resp = requests.post(
        "https://passes.resort.example/refunds",
        json={"pass": pass_id, "amount": amount_cents},
        timeout=30,
    )
    return {"ok": resp.ok, "status": resp.status_code}
