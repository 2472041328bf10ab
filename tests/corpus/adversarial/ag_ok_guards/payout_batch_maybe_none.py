# SDK: wmill 1.850.0 the helper reads the clock when `cutoff` is None; a module constant read from the environment, a task declared `-> str | None`, `dict.get` and an Optional field may all be None, so the clock may be read in the body
import os
from dataclasses import dataclass
from datetime import datetime, timezone

from wmill import task, workflow

PAYOUTS_API = "https://payouts.marketplace.internal"
OVERRIDE_CUTOFF = os.environ.get("PAYOUT_CUTOFF")


@dataclass
class Seller:
    seller_id: str
    cutoff: str | None = None


def batch_window(seller: str, cutoff: str | None = None) -> dict:
    if cutoff is None:
        cutoff = datetime.now(timezone.utc).isoformat()
    return {"seller": seller, "until": cutoff}


@task()
async def last_settlement(seller: str) -> str | None:
    import httpx

    r = httpx.get(f"{PAYOUTS_API}/sellers/{seller}/settlements/last")
    return r.json().get("at") if r.status_code == 200 else None


@task()
async def pay_out(window: dict) -> str:
    import httpx

    r = httpx.post(f"{PAYOUTS_API}/payouts", json=window)
    r.raise_for_status()
    return r.json()["payout_id"]


@workflow
async def main(sellers: list[Seller], region: str):
    regional = {"eu": "2024-06-30T00:00:00+00:00"}
    paid = []
    for seller in sellers:
        paid.append(await pay_out(batch_window(seller.seller_id, OVERRIDE_CUTOFF)))  # expect: WAC102
        settled = await last_settlement(seller.seller_id)
        paid.append(await pay_out(batch_window(seller.seller_id, settled)))  # expect: WAC102
        paid.append(await pay_out(batch_window(seller.seller_id, regional.get(region))))  # expect: WAC102
        paid.append(await pay_out(batch_window(seller.seller_id, seller.cutoff)))  # expect: WAC102
    return {"paid": paid}
