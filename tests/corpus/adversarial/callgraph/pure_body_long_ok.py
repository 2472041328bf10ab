# SDK: wmill 1.850.0 client.py workflow(): branching on task results is safe (they replay from the checkpoint); json/re/hashlib/statistics are deterministic.
import hashlib
import json
import re
import statistics
import time
from collections import Counter

from wmill import step, task, workflow

SKU_RE = re.compile(r"^[A-Z]{3}-\d{4}$")


@task(timeout=900)
async def export_orders(shop: str, month: str) -> list[dict]:
    import httpx

    return httpx.get(f"https://shop.example.com/api/{shop}/orders", params={"month": month}).json()


@task()
async def save_report(shop: str, month: str, report: dict) -> str:
    return f"reports/{shop}/{month}.json"


def valid(order: dict) -> bool:
    return bool(SKU_RE.match(order.get("sku", ""))) and order.get("qty", 0) > 0


def checksum(report: dict) -> str:
    return hashlib.md5(json.dumps(report, sort_keys=True).encode()).hexdigest()


@workflow
async def main(shop: str, month: str):
    orders = await export_orders(shop, month)
    good = [o for o in orders if valid(o)]
    by_sku = Counter(o["sku"] for o in good)
    totals = [o["qty"] * o["unit_cents"] for o in good]
    report = {
        "orders": len(orders),
        "valid": len(good),
        "top_skus": dict(by_sku.most_common(5)),
        "median_cents": statistics.median(totals) if totals else 0,
        "rejected": sorted({o.get("sku", "?") for o in orders if not valid(o)}),
    }
    report["checksum"] = checksum(report)
    generated = await step("generated_at", lambda: time.time())
    report["generated_at"] = generated
    return await save_report(shop, month, report)
