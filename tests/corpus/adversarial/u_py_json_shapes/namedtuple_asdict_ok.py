# SDK: wmill 1.850.0 task results round-trip through JSON; _asdict() turns the NamedTuple into a dict of str keys, so the body reads the fields by key
from typing import NamedTuple

from wmill import task, workflow


class Quote(NamedTuple):
    carrier: str
    price_cents: int
    days: int


@task()
async def cheapest_quote(origin: str, dest: str, weight_kg: float) -> dict:
    import requests

    offers = requests.post(
        "https://api.shipengine.com/v1/rates/estimate",
        json={"from_postal_code": origin, "to_postal_code": dest, "weight": {"value": weight_kg, "unit": "kilogram"}},
        timeout=20,
    ).json()
    best = min(offers, key=lambda o: o["shipping_amount"]["amount"])
    return Quote(best["carrier_id"], int(best["shipping_amount"]["amount"] * 100), best["delivery_days"])._asdict()


@task()
async def book(carrier: str, origin: str, dest: str) -> str:
    import requests

    return requests.post("https://api.shipengine.com/v1/labels", json={"carrier_id": carrier}, timeout=20).json()["label_id"]


@workflow
async def main(origin: str, dest: str, weight_kg: float, budget_cents: int):
    quote = await cheapest_quote(origin, dest, weight_kg)
    if quote["price_cents"] > budget_cents:
        return {"label": None, "reason": "over budget"}
    return {"label": await book(quote["carrier"], origin, dest), "days": quote["days"]}
