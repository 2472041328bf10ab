"""Quarterly deposit audit (reviewed): the audit id is derived from the inputs."""

from f.platform.ids import stable_id
from f.platform.log import log_event
from f.platform.paths import Scripts
from f.platform.wac import step, task_script, wait_for_approval, workflow

recalc = task_script(Scripts.RECALC_DEPOSITS, timeout=900)


@workflow
async def main(building_ids: list[str], quarter: str):
    audit_id = stable_id("audit", quarter, *sorted(building_ids))
    log_event("deposit_audit.start", audit=audit_id, quarter=quarter)
    preview = {}
    for b in sorted(building_ids):
        preview[b] = await recalc(building_id=b, dry_run=True)

    total = sum(p["leases"] for p in preview.values())
    await step("preview_total", lambda: total)
    ok = await wait_for_approval(timeout=5 * 86400, key="finance", description=f"{total} leases")
    if not ok["approved"]:
        return {"audit": audit_id, "applied": False}

    for b in sorted(building_ids):
        await recalc(building_id=b, dry_run=False)
    return {"audit": audit_id, "applied": True, "leases": total}
