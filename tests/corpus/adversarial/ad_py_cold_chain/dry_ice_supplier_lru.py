# SDK: wmill 1.850.0 every round re-runs the body in a fresh process, so an lru_cache'd helper that calls the supplier API fetches again on each replay
import functools
import logging
import math

import requests
from wmill import step, task, wait_for_approval, workflow

log = logging.getLogger("coldchain.dryice")

SUPPLIER_API = "https://orders.dryice-supply.example/api"
KG_PER_HOUR = {"small": 0.8, "medium": 1.6, "pallet": 6.5}
SAFETY = 1.25


@functools.lru_cache(maxsize=32)
def supplier_catalog(region: str) -> dict:
    resp = requests.get(f"{SUPPLIER_API}/catalog", params={"region": region}, timeout=20)
    resp.raise_for_status()
    return {item["sku"]: item for item in resp.json()["items"]}


def pick_sku(catalog: dict, kg: float) -> str:
    fits = [sku for sku, item in catalog.items() if item["kg"] >= kg]
    return min(fits, key=lambda sku: catalog[sku]["kg"]) if fits else max(catalog, key=lambda s: catalog[s]["kg"])


@task()
async def place_order(region: str, sku: str, quantity: int, ship_to: str) -> dict:
    resp = requests.post(f"{SUPPLIER_API}/orders", json={"region": region, "sku": sku, "qty": quantity, "to": ship_to})
    resp.raise_for_status()
    return resp.json()


@workflow
async def main(depot: str, region: str, box_size: str, transit_hours: int, boxes: int = 1):
    need_kg = KG_PER_HOUR[box_size] * transit_hours * SAFETY
    catalog = supplier_catalog(region)  # expect: WAC101
    sku = pick_sku(catalog, need_kg)
    quantity = max(1, math.ceil(need_kg / catalog[sku]["kg"])) * boxes
    if catalog[sku]["price"] * quantity > 500:
        answer = await wait_for_approval(timeout=8 * 3600, key="buyer")
        if not answer["approved"]:
            return {"ordered": False, "reason": "buyer declined"}
    order = await place_order(region=region, sku=sku, quantity=quantity, ship_to=depot)
    eta = await step("eta", lambda: order.get("eta", "unknown"))
    log.info("ordered %d x %s for %s (eta %s)", quantity, sku, depot, eta)
    return {"ordered": True, "order": order["id"], "sku": sku, "quantity": quantity}
