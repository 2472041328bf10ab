# SDK: wmill 1.850.0 checkpoints a task's result with json.dumps(default=str); grams as int survive, and the Decimal arithmetic stays inside the task
import logging
from decimal import Decimal, ROUND_HALF_UP

import httpx
import wmill
from wmill import task, workflow

log = logging.getLogger("harvest.bins")

SCALE_API = "https://scales.orchard.internal/api/v2"
TRUCK_CAPACITY_G = 11_800_000


def _grams(raw: str) -> int:
    return int((Decimal(raw) * 1000).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def _summarize(bins: list[dict]) -> dict:
    total = sum(_grams(b["net_kg"]) for b in bins)
    return {
        "bins": len(bins),
        "total_g": total,
        "total_kg": str(Decimal(total) / 1000),
    }


@task(timeout=300)
async def weigh_block(block: str, day: str) -> dict:
    token = wmill.get_variable("f/harvest/scale_token")
    resp = httpx.get(f"{SCALE_API}/blocks/{block}/bins", params={"day": day}, headers={"Authorization": token})
    resp.raise_for_status()
    return _summarize(resp.json()["bins"])


@task()
async def book_truck(block: str, loads: int) -> str:
    resp = httpx.post(f"{SCALE_API}/trucks", json={"block": block, "loads": loads})
    return resp.json()["booking_id"]


@workflow
async def main(blocks: list[str], day: str):
    bookings = {}
    for block in blocks:
        summary = await weigh_block(block=block, day=day)
        log.info("block %s: %s bins (%s kg)", block, summary["bins"], summary["total_kg"])
        loads = 2 if summary["total_g"] > TRUCK_CAPACITY_G else 1
        bookings[block] = await book_truck(block=block, loads=loads)
    return {"day": day, "bookings": bookings}
