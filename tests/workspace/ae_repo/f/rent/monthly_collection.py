"""Monthly rent run: each lease's balance, a late fee after the grace period, a receipt.

Scheduled on the 6th of every month by the rent team.
"""

from f.platform.clock import now
from f.platform.config import DEFAULTS
from f.platform.paths import Scripts
from f.platform.wac import step, task_script, workflow
from f.rent.tasks import compute_balance, fetch_lease, record_fee

send_receipt = task_script(Scripts.SEND_RECEIPT, timeout=120)


def fee_reason(period: str) -> str:
    return f"late fee {period}"


@workflow
async def main(lease_ids: list[str], period: str, dry_run: bool = False):
    started = now()  # expect: WAC102
    late_fee = DEFAULTS["late_fee_cents"]
    charged: list[dict] = []
    skipped: list[str] = []

    for lease_id in lease_ids:
        lease = await fetch_lease(lease_id)
        balance = await compute_balance(lease_id)  # expect: WAC107
        if balance > 0:
            if dry_run:
                skipped.append(lease_id)
                continue
            fee = await record_fee(lease_id, late_fee, fee_reason(period))
            await send_receipt(
                tenant_id=lease["tenant_id"], amount_cents=fee, email=lease["email"]
            )
            charged.append({"lease": lease_id, "fee": fee})
        else:
            skipped.append(lease_id)

    await step("summary_logged", lambda: len(charged))
    return {
        "period": period,
        "started": started.isoformat(),
        "charged": charged,
        "skipped": skipped,
    }
