# SDK: wmill 1.850.0 client.py: task_script(path) -> callable taking keyword args
"""Priya's zone review, importing the formatter from the module that defines it."""

from wmill import get_resume_urls, step, task_script, wait_for_approval, workflow

from f.common.paths import RECOMPUTE_ZONE
from f.common.tasks import night_flow
from f.common.units import to_m3

recompute = task_script(RECOMPUTE_ZONE)


@workflow
async def main(zone: str, reviewer: str, days: int = 90):
    totals = await recompute(zone=zone, days=days, dry_run=True)
    nf = await night_flow(zone, nights=14)
    urls = await step("urls", lambda: get_resume_urls(reviewer))
    summary = f"{zone}: {to_m3(totals['total_litres'] / 3.785)} m3 over {days} days, night flow {nf['flow']}"
    decision = await wait_for_approval(timeout=86400, form={"summary": summary, "link": urls["approvalPage"]})
    if decision.get("approved"):
        await recompute(zone=zone, days=days, dry_run=False)
    return {"zone": zone, "approved": decision.get("approved"), "summary": summary}
