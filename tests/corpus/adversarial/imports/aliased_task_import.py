# SDK: wmill 1.850.0 client.py: `task as wmill_task` still runs, but Windmill's WAC parser recognises only the literal name `task`.
import httpx
from wmill import task as wmill_task  # expect: WAC001
from wmill import workflow


@wmill_task(timeout=300)
async def fetch_quote(symbol: str) -> float:
    return httpx.get(f"https://quotes.example.com/api/{symbol}").json()["price"]


@workflow
async def main(symbols: list[str]):
    prices = {}
    for s in symbols:
        prices[s] = await fetch_quote(s)
    return prices
