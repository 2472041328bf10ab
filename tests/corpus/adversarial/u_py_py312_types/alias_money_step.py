# SDK: wmill 1.850.0 step() checkpoints fn()'s result with json.dumps(default=str); a Decimal (declared through a PEP 695 alias) comes back as a string, so the sum below concatenates or raises
from decimal import Decimal

from wmill import step, task, workflow

type Money = Decimal


def fx_total(lines: list[dict], rate: str) -> Money:
    return sum((Decimal(str(l["amount"])) * Decimal(rate) for l in lines), Decimal("0"))  # expect: WAC107


@task()
async def fetch_rate(currency: str) -> str:
    import requests

    return str(requests.get(f"https://api.frankfurter.app/latest?from={currency}&to=USD", timeout=10).json()["rates"]["USD"])


@task()
async def post_journal(total_usd: str, memo: str) -> str:
    import requests

    return requests.post("https://ledger.internal/api/journal", json={"amount": total_usd, "memo": memo}, timeout=10).json()["id"]


@workflow
async def main(lines: list[dict], currency: str):
    rate = await fetch_rate(currency)
    total = await step("fx_total", lambda: fx_total(lines, rate))
    fee = total * Decimal("0.01")
    entry = await post_journal(str(total + fee), f"{len(lines)} lines in {currency}")
    return {"entry": entry}
