# SDK: wmill 1.850.0 checkpoints a task's result with json.dumps(default=str): a Decimal built in a helper comes back as a str, and the body's `>` against a Decimal raises TypeError
import logging
from decimal import Decimal, ROUND_HALF_UP

import httpx
import wmill
from wmill import task, workflow

log = logging.getLogger("harvest.bins")

SCALE_API = "https://scales.orchard.internal/api/v2"
TRUCK_CAPACITY_KG = Decimal("11800")
KG = Decimal("0.1")


def _kg(raw: str) -> Decimal:
    return Decimal(raw).quantize(KG, rounding=ROUND_HALF_UP)


def _summarize(bins: list[dict]) -> dict:
    total = sum((_kg(b["net_kg"]) for b in bins), Decimal("0"))
    return {
        "bins": len(bins),
        "total_kg": total,  # expect: WAC107
        "heaviest": max((b["bin_id"] for b in bins), default=None),
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
        log.info("block %s: %s bins", block, summary["bins"])
        if summary["total_kg"] > TRUCK_CAPACITY_KG:
            loads = 2
        else:
            loads = 1
        bookings[block] = await book_truck(block=block, loads=loads)
    return {"day": day, "bookings": bookings}
