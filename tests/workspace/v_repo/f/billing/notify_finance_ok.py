# SDK: wmill 1.850.0 wait_for_approval: two gates with different keys; the Slack post and the preview run inside step() callbacks
from f.common.approvals import controller_gate, finance_gate
from f.common.http import notify_ops, post_json, slack_blocks
from f.common.wac import step, task, workflow

ERP_WEBHOOK = "https://erp.internal.example.com/hooks/period-close"


@task()
async def publish_close(period: str, approved_by: str) -> dict:
    return post_json(ERP_WEBHOOK, {"period": period, "approved_by": approved_by})


@workflow
async def main(period: str, totals: dict):
    lines = [f"{k}: {v / 100:.2f} EUR" for k, v in sorted(totals.items())]
    blocks = slack_blocks(f"Close {period} waiting for finance", lines)
    await step("notify_ops", lambda: notify_ops(blocks))

    first = await finance_gate(description=f"Close {period}")
    if not first["approved"]:
        return {"period": period, "status": "rejected"}
    if totals.get("adjustments", 0) > 1_000_000:
        second = await controller_gate(description="Adjustments over 10k EUR")
        if not second["approved"]:
            return {"period": period, "status": "rejected"}

    await step("preview", lambda: post_json(ERP_WEBHOOK + "/preview", {"period": period}))
    return await publish_close(period=period, approved_by=first["approver"])
