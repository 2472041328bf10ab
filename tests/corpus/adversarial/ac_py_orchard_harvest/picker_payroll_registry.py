# SDK: wmill 1.850.0 only task()/step() calls are checkpointed; a plain function reached through a class-level dict runs in the body on every replay
import os

import requests
from wmill import step, task, wait_for_approval, workflow

PAYROLL_API = "https://payroll.orchard.internal/v1"


def _pay_hourly(entry: dict) -> dict:
    amount = round(entry["hours"] * entry["rate"], 2)
    r = requests.post(f"{PAYROLL_API}/payments", json={"picker": entry["picker"], "amount": amount})
    r.raise_for_status()
    return r.json()


def _pay_piece(entry: dict) -> dict:
    amount = round(entry["bins"] * entry["per_bin"], 2)
    r = requests.post(f"{PAYROLL_API}/payments", json={"picker": entry["picker"], "amount": amount})
    r.raise_for_status()
    return r.json()


class PayRules:
    handlers = {"hourly": _pay_hourly, "piece": _pay_piece}
    minimum_wage = 16.28

    @classmethod
    def below_minimum(cls, entry: dict) -> bool:
        if entry["kind"] == "hourly":
            return entry["rate"] < cls.minimum_wage
        return entry["bins"] * entry["per_bin"] / max(entry["hours"], 1) < cls.minimum_wage


@task()
async def load_timesheets(week: str) -> list[dict]:
    r = requests.get(f"{PAYROLL_API}/timesheets", params={"week": week})
    return r.json()["entries"]


@task()
async def topup(picker: str, hours: float) -> dict:
    r = requests.post(f"{PAYROLL_API}/topups", json={"picker": picker, "hours": hours})
    return r.json()


@workflow
async def main(week: str):
    entries = await load_timesheets(week=week)
    flagged = [e for e in entries if PayRules.below_minimum(e)]
    if flagged:
        await wait_for_approval(timeout=86400, key="minimum_wage_topups")
        for e in flagged:
            await topup(picker=e["picker"], hours=e["hours"])
    paid = []
    for e in entries:
        receipt = PayRules.handlers[e["kind"]](e)  # expect: WAC101
        paid.append(receipt["payment_id"])
    return await step("summary", lambda: {"week": week, "paid": len(paid), "topups": len(flagged)})
