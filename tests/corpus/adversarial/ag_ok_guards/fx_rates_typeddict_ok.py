# SDK: wmill 1.850.0 a TypedDict input and a parameter with a given default; the helper reads the clock only when `on` is None, and every call passes a TypedDict key declared `str`, the defaulted parameter or `str(...)`
from datetime import date
from typing import TypedDict

from wmill import task, workflow

RATES_API = "https://fx.treasury.internal/rates"


class Settlement(TypedDict):
    currency: str
    value_date: str
    amount: float


def rate_query(currency: str, on=None) -> dict:
    if on is None:
        on = date.today().isoformat()
    return {"pair": f"{currency}/EUR", "date": on}


@task()
async def fetch_rate(query: dict) -> float:
    import httpx

    r = httpx.get(RATES_API, params=query)
    r.raise_for_status()
    return float(r.json()["rate"])


@task()
async def book_settlement(currency: str, eur: float, value_date: str) -> str:
    import httpx

    r = httpx.post(f"{RATES_API}/settlements", json={"ccy": currency, "eur": eur, "date": value_date})
    r.raise_for_status()
    return r.json()["id"]


@workflow
async def main(settlements: list[Settlement], reference_day: str = "2024-01-02", batch: int = 1):
    booked = []
    baseline = await fetch_rate(rate_query("USD", reference_day))
    for s in settlements:
        rate = await fetch_rate(rate_query(s["currency"], s["value_date"]))
        booked.append(await book_settlement(s["currency"], round(s["amount"] / rate, 2), s["value_date"]))
    label = rate_query("GBP", str(batch))
    return {"booked": booked, "baseline": baseline, "label": label["pair"]}
