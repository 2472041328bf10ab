# MISTAKE: the WAC names are imported under aliases. Windmill's WAC parser only
# recognises the exact SDK names, so it finds no workflow at all.
from wmill import task as wac_task  # expect: WAC001
from wmill import workflow as wf  # expect: WAC001
from wmill import sleep as durable_sleep  # expect: WAC001
from wmill import step
import requests


@wac_task()
async def fetch_rates(base: str) -> dict:
    resp = requests.get("https://fx.example/api/latest", params={"base": base}, timeout=30)
    resp.raise_for_status()
    return resp.json()["rates"]


@wac_task(timeout=120)
async def store_rates(base: str, rates: dict) -> int:
    resp = requests.post("https://pricing.example/api/fx", json={"base": base, "rates": rates}, timeout=30)
    resp.raise_for_status()
    return len(rates)


@wf
async def main(base: str = "EUR"):
    rates = await fetch_rates(base)
    stored = await store_rates(base, rates)
    await durable_sleep(60)
    summary = await step("summary", lambda: {"base": base, "currencies": sorted(rates)})
    return {"stored": stored, **summary}
