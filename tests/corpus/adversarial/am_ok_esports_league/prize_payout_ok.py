# SDK: wmill 1.850.0: Decimal math is done in the body on JSON strings and only str crosses the checkpoint; approval keys differ per branch
from decimal import Decimal, ROUND_DOWN

from wmill import step, task, wait_for_approval, workflow

SHARES = {1: Decimal("0.5"), 2: Decimal("0.3"), 3: Decimal("0.2")}


@task()
async def final_standings(event_id: str) -> list[dict]:
    import requests

    r = requests.get(f"https://league.example-frag.gg/api/events/{event_id}/standings", timeout=15)
    r.raise_for_status()
    return r.json()[:3]


@task()
async def wire(team: str, amount: str, currency: str) -> str:
    import os

    import requests

    r = requests.post(
        "https://payouts.example-frag.gg/wires",
        json={"team": team, "amount": amount, "currency": currency},
        headers={"Authorization": f"Bearer {os.environ['PAYOUT_TOKEN']}"},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["wire_id"]


def split(pool: str, standings: list[dict]) -> list[dict]:
    total = Decimal(pool)
    return [
        {"team": s["team"], "amount": str((total * SHARES[s["place"]]).quantize(Decimal("0.01"), rounding=ROUND_DOWN))}
        for s in standings
        if s["place"] in SHARES
    ]


@workflow
async def main(event_id: str, pool: str, currency: str = "EUR"):
    standings = await final_standings(event_id)
    plan = await step("prize_split", lambda: split(pool, standings))
    big = Decimal(pool) >= Decimal("10000")
    if big:
        decision = await wait_for_approval(key="finance_director", timeout=3 * 86400)
    else:
        decision = await wait_for_approval(key="league_ops", timeout=86400)
    if not decision["approved"]:
        return {"paid": [], "plan": plan}
    paid = [await wire(p["team"], p["amount"], currency) for p in plan]
    return {"paid": paid, "plan": plan}
