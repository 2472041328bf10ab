"""Day-pass pricing: fetch the booked share of each day, pick its demand tier, and
ask revenue management to approve the price list before it goes live."""

from wmill import task, wait_for_approval, workflow

from .tiers import tier_price
from .utils.math import round_cents


@task()
async def booked_share(day: str) -> float:
    import requests

    return requests.get(f"https://passes.resort.example/booked/{day}", timeout=15).json()["share"]


@task()
async def publish_prices(prices: dict[str, int]) -> None:
    import requests

    requests.put("https://passes.resort.example/prices", json=prices, timeout=15)


@workflow
async def main(days: list[str], base_cents: int = 8900):
    prices: dict[str, int] = {}
    for day in days:
        share = await booked_share(day)
        tier = "peak" if share > 0.8 else "low" if share < 0.3 else "mid"
        prices[day] = tier_price(base_cents, tier)
    approval = await wait_for_approval(
        timeout=86400,
        key="revenue",
        description=f"Approve {len(prices)} day prices",
    )
    if approval["approved"]:
        await publish_prices(prices)
    return {"prices": prices, "floor": round_cents(min(prices.values(), default=0) * 0.9)}
