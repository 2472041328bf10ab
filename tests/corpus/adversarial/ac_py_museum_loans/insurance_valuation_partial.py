# SDK: wmill 1.850.0 step() returns json.loads(json.dumps(result, default=str)): a Decimal comes back as a str, so `valuation * rate` raises TypeError on every round
import functools
from decimal import Decimal

import httpx
from wmill import step, task, workflow

FX_API = "https://fx.museum.example/rates"
PREMIUM_RATE = Decimal("0.0125")


def appraise(work: dict, fx: dict[str, str]) -> Decimal:
    local = Decimal(work["appraisal"]["amount"])
    return local * Decimal(fx[work["appraisal"]["currency"]])  # expect: WAC107


@task()
async def fx_rates(base: str) -> dict[str, str]:
    r = httpx.get(FX_API, params={"base": base})
    return {k: str(v) for k, v in r.json()["rates"].items()}


@task()
async def bind_policy(loan_id: str, insured: str, premium: str) -> str:
    r = httpx.post("https://insure.museum.example/policies", json={"loan": loan_id, "insured": insured, "premium": premium})
    return r.json()["policy_id"]


@workflow
async def main(loan_id: str, works: list[dict], base_currency: str = "EUR"):
    fx = await fx_rates(base=base_currency)
    policies = []
    for work in works:
        valuation = await step("valuation", functools.partial(appraise, work, fx))
        premium = (valuation * PREMIUM_RATE).quantize(Decimal("0.01"))
        policies.append(await bind_policy(loan_id=loan_id, insured=str(valuation), premium=str(premium)))
    return {"loan": loan_id, "policies": policies}
