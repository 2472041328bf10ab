# SDK: wmill 1.850.0; Windmill's parser reads one file: RefundRequest / RefundReason imported from f.shared.models are resource types, and the enum in refund_intake.script.yaml is gone.
from wmill import step, task_script, workflow

from f.shared.models import RefundReason, RefundRequest
from f.shared.tasks import issue_refund

notify = task_script("f/billing/notify_finance")


@workflow
async def main(  # expect: WAC901
    request: RefundRequest,  # expect: WAC902
    reason: RefundReason = RefundReason.GOODWILL,  # expect: WAC902
    notify_channel: str = "#finance",
):
    refund = await issue_refund(request["invoice_id"], request["amount_cents"])
    note = await step("note", lambda: f"refund {refund['id']} ({reason})")
    await notify(channel=notify_channel, text=note)
    return refund
