# SDK: wmill 1.850.0 client.py: the script is re-imported on every replay of the workflow
"""Late fees: add each overdue account's fee, and page billing on-call when the run is
unusually large."""

from wmill import step, task_script, workflow

from f.common.tasks import open_work_order
from f.meters.rates import late_fee  # expect: WAC101

page_oncall = task_script("f/notify/page_oncall")

LARGE_RUN = 500


@workflow
async def main(cycle: str, overdue: list[dict]):
    fees = []
    for acct in overdue:
        fee = late_fee(acct.get("tier", "residential"), int(acct["overdue_cents"]))
        fees.append({"account": acct["id"], "fee_cents": fee})
    if len(fees) > LARGE_RUN:
        await page_oncall(team="billing", minutes="15", text=f"{len(fees)} late fees in {cycle}")  # expect: WAC402
    disputed = [a for a in overdue if a.get("disputed")]
    for acct in disputed:
        await open_work_order(site=f"account/{acct['id']}", priority=3, note="disputed late fee")
    total = await step("total", lambda: sum(f["fee_cents"] for f in fees))
    return {"cycle": cycle, "fees": fees, "total_cents": total}
