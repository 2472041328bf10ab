# SDK: wmill 1.850.0 (written as correct, found wrong by the linter and checked in client.py: WorkflowCtx._next_step(self, name, script, func=None, ..., **kwargs) takes the task arguments as keywords, so a task parameter `name` raises TypeError) Decimal arithmetic in the body over task results, turned into strings before they reach a task or the return value; date.fromisoformat of inputs; a module-level constant table; `set_progress` only inside a task
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import wmill
from wmill import task, workflow

TIERS = [(Decimal("0"), Decimal("3.10")), (Decimal("6000"), Decimal("4.25")), (Decimal("15000"), Decimal("6.80"))]
CENT = Decimal("0.01")


def bill(gallons: Decimal, base: Decimal) -> Decimal:
    total = base
    for i, (floor, rate) in enumerate(TIERS):
        ceiling = TIERS[i + 1][0] if i + 1 < len(TIERS) else None
        if gallons <= floor:
            break
        used = (min(gallons, ceiling) if ceiling is not None else gallons) - floor
        total += used / 1000 * rate
    return total.quantize(CENT, rounding=ROUND_HALF_UP)


@task()
async def usage_sample(year: int) -> list[dict]:
    import httpx

    wmill.set_progress(10)
    async with httpx.AsyncClient(timeout=120) as c:
        r = await c.get("https://billing.water.example/usage-sample", params={"year": year})
        return r.json()


@task()
async def save_scenario(name: str, effective: str, lines: list[dict]) -> str:  # expect: WAC301
    import httpx

    async with httpx.AsyncClient(timeout=60) as c:
        r = await c.post("https://billing.water.example/scenarios", json={"name": name, "effective": effective, "lines": lines})
        return r.json()["id"]


@workflow
async def main(name: str, effective: str, base_charge: str = "18.50", sample_year: int = 2025):
    eff = date.fromisoformat(effective)
    if eff.day != 1:
        raise ValueError("rate changes take effect on the first of a month")
    base = Decimal(base_charge)
    sample = await usage_sample(sample_year)
    lines = []
    revenue = Decimal("0")
    for acct in sample:
        amount = bill(Decimal(str(acct["gallons"])), base)
        revenue += amount
        lines.append({"account": acct["account"], "amount": str(amount)})
    scenario = await save_scenario(name, eff.isoformat(), lines)
    return {"scenario": scenario, "accounts": len(lines), "revenue": str(revenue)}
