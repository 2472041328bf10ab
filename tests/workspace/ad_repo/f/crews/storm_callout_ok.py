# SDK: wmill 1.850.0 client.py: wait_for_approval(timeout=1800, form=None, self_approval=True)
"""Storm call-out with the overtime rate given by the caller (the trigger reads the tariff
in its own step), so the workflow imports no module that loads settings."""

from wmill import get_resume_urls, step, task_script, wait_for_approval, workflow

from f.common.tasks import open_work_order
from f.common.units import to_m3

page_manager = task_script("f/notify/send_sms")

HOURS_PER_CREW = 10
BASE_HOURLY = 42.0


def estimate(crews: int, rate: float) -> float:
    return round(crews * HOURS_PER_CREW * BASE_HOURLY * rate, 2)


@workflow
async def main(storm: str, sites: list[str], crews: int, manager_phone: str, overtime_rate: float = 1.5, spill_gallons: float = 0.0):
    cost = estimate(crews, overtime_rate)
    spill = to_m3(spill_gallons)
    urls = await step("resume_urls", lambda: get_resume_urls())
    await page_manager(
        phone=manager_phone,
        body=f"Storm {storm}: {crews} crews, est. ${cost:,.0f}, spill {spill} m3. {urls['approvalPage']}",
        urgent=True,
    )
    decision = await wait_for_approval(timeout=4 * 3600, form={"crews": crews})
    if not decision.get("approved"):
        return {"storm": storm, "status": "declined", "by": decision.get("approver")}

    approved = int(decision.get("value", {}).get("crews", crews))
    orders = []
    for i, site in enumerate(sites):
        prio = 1 if i < approved else 2
        orders.append(await open_work_order(site=site, priority=prio, note=f"storm {storm}"))
    return {"storm": storm, "status": "dispatched", "crews": approved, "orders": orders}
