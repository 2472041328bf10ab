"""Monthly rent run (the version after review): the start time is a step, the balance
is read back from its JSON string."""

from decimal import Decimal

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
    started = await step("started", lambda: now().isoformat())
    late_fee = DEFAULTS["late_fee_cents"]
    charged: list[dict] = []
    skipped: list[str] = []

    for lease_id in lease_ids:
        lease = await fetch_lease(lease_id)
        balance = Decimal(await compute_balance(lease_id))
        if balance > 0:
            if dry_run:
                skipped.append(lease_id)
                continue
            fee = await record_fee(lease_id, late_fee, fee_reason(period))
            await send_receipt(
                tenant_id=lease["tenant_id"], amount_cents=fee, email=lease["email"]
            )
            charged.append({"lease": lease_id, "fee": fee, "balance": str(balance)})
        else:
            skipped.append(lease_id)

    return {"period": period, "started": started, "charged": charged, "skipped": skipped}
