# SDK: wmill 1.850.0: Decimal arithmetic stays in the body; what crosses a task boundary is str / float; statistics.median is pure
import statistics
from decimal import Decimal

from wmill import task, workflow

GRADES = ["pet_clear", "hdpe_natural", "cardboard_occ", "aluminium_cans"]


def fetch_thresholds() -> dict[str, Decimal]:
    """Despite its name this does no I/O: the hedge bands are policy constants."""
    return {g: Decimal("0.08") for g in GRADES} | {"aluminium_cans": Decimal("0.05")}


@task()
async def quotes(grade: str) -> list[str]:
    import httpx

    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://prices.example-commodities.com/v2/{grade}/quotes", params={"days": 30})
        r.raise_for_status()
        return [str(q["eur_per_tonne"]) for q in r.json()["quotes"]]


@task()
async def place_forward(grade: str, tonnes: int, limit_eur: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as c:
        r = await c.post("https://broker.example-commodities.com/forwards", json={"grade": grade, "t": tonnes, "limit": limit_eur})
        r.raise_for_status()
        return r.json()


@workflow
async def main(tonnes_by_grade: dict, dry_run: bool = True):
    thresholds = fetch_thresholds()
    orders = []
    for grade in GRADES:
        tonnes = int(tonnes_by_grade.get(grade, 0))
        if tonnes <= 0:
            continue
        prices = [Decimal(p) for p in await quotes(grade)]
        if len(prices) < 5:
            continue
        median = Decimal(str(statistics.median(prices)))
        latest = prices[-1]
        drop = (median - latest) / median if median else Decimal(0)
        if drop >= thresholds[grade]:
            limit = (latest * Decimal("0.98")).quantize(Decimal("0.01"))
            if dry_run:
                orders.append({"grade": grade, "tonnes": tonnes, "limit": str(limit), "placed": False})
            else:
                placed = await place_forward(grade, tonnes, str(limit))
                orders.append({"grade": grade, "tonnes": tonnes, "limit": str(limit), "placed": True, "ref": placed.get("ref")})
    return {"orders": orders}
