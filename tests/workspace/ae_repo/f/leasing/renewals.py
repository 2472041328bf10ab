"""Lease renewals: leases ending inside the notice window get a renewal offer and, once
the manager approves the new rent, a new lease document."""

from f.platform.config import settings
from f.platform.paths import Scripts
from f.platform.wac import step, task_script, wait_for_approval, workflow
from f.rent.tasks import fetch_lease

renewal_offer = task_script(Scripts.RENEWAL_OFFER, timeout=300)  # expect: WAC401
generate_lease = task_script(Scripts.GENERATE_LEASE, timeout=600)


@workflow
async def main(lease_ids: list[str], increase_pct: float = 3.0, rent_cents: int = 0):
    notice_days = settings()["renewal_notice_days"]  # expect: WAC101
    offers = []
    for lease_id in lease_ids:
        lease = await fetch_lease(lease_id)
        new_rent = round(rent_cents * (1 + increase_pct / 100))
        offer = await renewal_offer(lease_id=lease_id, new_rent_cents=new_rent)
        offers.append({"lease": lease, "offer": offer, "rent": new_rent})

    decision = await wait_for_approval(
        timeout=7 * 86400,
        form={"properties": {"approved_ids": {"type": "array", "items": {"type": "string"}}}},
        key="renewal_batch",
    )
    approved = set(decision["value"].get("approved_ids", []))
    docs = []
    for o in offers:
        if o["lease"]["lease_id"] in approved:
            doc = await generate_lease(lease=o["lease"]["lease_id"], template="renewal")  # expect: WAC402
            docs.append(doc)
    await step("notice_days", lambda: notice_days)
    return {"offers": len(offers), "documents": docs}
