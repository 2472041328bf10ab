# SDK: wmill 1.850.0 wait_for_approval(key=...): a key used twice in a run raises; functools.partial / asyncio.to_thread run their function in the body
import asyncio

from f.common.approvals import finance_gate
from f.common.http import notify_ops, post_json, slack_blocks
from f.common.wac import task, workflow

ERP_WEBHOOK = "https://erp.internal.example.com/hooks/period-close"


@task()
async def publish_close(period: str, approved_by: str) -> dict:
    return post_json(ERP_WEBHOOK, {"period": period, "approved_by": approved_by})


@workflow
async def main(period: str, totals: dict):
    lines = [f"{k}: {v / 100:.2f} EUR" for k, v in sorted(totals.items())]
    notify_ops(slack_blocks(f"Close {period} waiting for finance", lines))  # expect: WAC101

    first = await finance_gate(description=f"Close {period}")
    if not first["approved"]:
        return {"period": period, "status": "rejected"}

    if totals.get("adjustments", 0) > 1_000_000:
        # big adjustments need a second look
        second = await finance_gate(description="Adjustments over 10k EUR")  # expect: WAC303
        if not second["approved"]:
            return {"period": period, "status": "rejected"}

    await asyncio.to_thread(post_json, ERP_WEBHOOK + "/preview", {"period": period})  # expect: WAC101
    return await publish_close(period=period, approved_by=first["approver"])
