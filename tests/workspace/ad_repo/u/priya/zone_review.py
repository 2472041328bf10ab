# SDK: wmill 1.850.0 client.py: task_script(path) -> callable taking keyword args
"""Priya's zone review: recompute the zone totals, then approve the new baseline."""

from wmill import get_resume_urls, step, task_script, wait_for_approval, workflow

from f.common import fmt_m3  # expect: WAC403
from f.common.paths import RECOMPUTE_ZONE
from f.common.tasks import night_flow

recompute = task_script(RECOMPUTE_ZONE)


@workflow
async def main(zone: str, reviewer: str):
    totals = await recompute(zone=zone, days="90", dry_run=True)  # expect: WAC402
    nf = await night_flow(zone, nights=14)
    urls = await step("urls", lambda: get_resume_urls(reviewer))
    summary = f"{zone}: {fmt_m3(totals['total_litres'] / 1000)} over 90 days, night flow {nf['flow']}"
    decision = await wait_for_approval(timeout=86400, form={"summary": summary, "link": urls["approvalPage"]})
    if decision.get("approved"):
        await recompute(zone=zone, days=90, dry_run=False)
    return {"zone": zone, "approved": decision.get("approved"), "summary": summary}
