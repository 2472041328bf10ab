# SDK: wmill 1.850.0: a set of ints iterates by value (ints hash to themselves) in every process; an `except ValueError: raise` with nothing after it is a no-op
from wmill import task, workflow

CABINETS_PER_SHOP = 4


@task()
async def cabinet_humidity(shop: str, cabinet: int) -> float:
    import requests

    r = requests.get(f"https://iot.example-bakery.com/shops/{shop}/proofers/{cabinet}", timeout=15)
    r.raise_for_status()
    return float(r.json()["humidity_pct"])


@task()
async def open_ticket(shop: str, cabinets: list[int]) -> str:
    import requests

    r = requests.post("https://facilities.example-bakery.com/tickets", json={"shop": shop, "cabinets": cabinets}, timeout=15)
    r.raise_for_status()
    return r.json()["id"]


@workflow
async def main(shop: str, flagged: list[int], low: float = 72.0):
    to_check = {1, CABINETS_PER_SHOP, len(flagged) + 1}
    readings = {}
    for cabinet in to_check:
        try:
            readings[cabinet] = await cabinet_humidity(shop, cabinet)
        except ValueError:
            raise
    dry = sorted(c for c, pct in readings.items() if pct < low)
    ticket = await open_ticket(shop, dry) if dry else None
    return {"checked": sorted(readings), "dry": dry, "ticket": ticket}
