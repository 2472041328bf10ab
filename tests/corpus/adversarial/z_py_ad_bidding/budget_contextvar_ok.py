# SDK: wmill 1.850.0 a child round re-runs the body up to the task's key (_executing_key), so a ContextVar the body sets from a checkpointed value is set again before the task runs
from contextvars import ContextVar

from wmill import task, workflow, step

CURRENCY: ContextVar[str] = ContextVar("currency", default="USD")


@task()
async def load_advertiser(advertiser_id: str) -> dict:
    import httpx

    return httpx.get(f"https://crm.internal/advertisers/{advertiser_id}").json()


@task()
async def apply_budget(campaign_id: str, amount: float, currency: str) -> dict:
    import httpx

    r = httpx.post(
        f"https://ads.internal/campaigns/{campaign_id}/budget",
        json={"amount": amount, "currency": currency},
    )
    return {"campaign": campaign_id, "status": r.status_code}


def fmt(amount: float) -> str:
    return f"{amount:.2f} {CURRENCY.get()}"


@workflow
async def main(advertiser_id: str, budgets: dict[str, float]):
    adv = await load_advertiser(advertiser_id)
    token = CURRENCY.set(adv["billing_currency"])
    try:
        results = []
        for campaign_id, amount in budgets.items():
            print(f"setting {campaign_id} to {fmt(amount)}")
            results.append(await apply_budget(campaign_id, amount, CURRENCY.get()))
    finally:
        CURRENCY.reset(token)
    total = await step("total", lambda: round(sum(budgets.values()), 2))
    return {"advertiser": advertiser_id, "results": results, "total": total}
