# SDK: wmill 1.850.0 client.py: the script is re-imported on every replay of the workflow
"""Late fees with the fee rate given by the caller (no settings loaded at import)."""

from wmill import step, task_script, workflow

from f.common.tasks import open_work_order

page_oncall = task_script("f/notify/page_oncall")

LARGE_RUN = 500
LATE_FEE_FLOOR_CENTS = 500


@workflow
async def main(cycle: str, overdue: list[dict], rate_pct: float = 1.5):
    fees = []
    for acct in overdue:
        fee = max(LATE_FEE_FLOOR_CENTS, int(int(acct["overdue_cents"]) * rate_pct / 100))
        fees.append({"account": acct["id"], "fee_cents": fee})
    if len(fees) > LARGE_RUN:
        await page_oncall(team="billing", minutes="15", message=f"{len(fees)} late fees in {cycle}")
    for acct in overdue:
        if acct.get("disputed"):
            await open_work_order(site=f"account/{acct['id']}", priority=3, note="disputed late fee")
    total = await step("total", lambda: sum(f["fee_cents"] for f in fees))
    return {"cycle": cycle, "fees": fees, "total_cents": total}
