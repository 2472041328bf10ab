# SDK: wmill 1.850.0 task_flow("f/billing/settle_month") dispatches the flow with keyword args
from wmill import step, task_flow, task_script, workflow

from f.common.clock import utc_stamp

settle = task_flow("f/billing/settle_month")
render = task_script("f/billing/render_pdf")


@workflow
async def main(month: str, dry_run: bool = True):
    started = await step("started", utc_stamp)
    result = await settle(month=month, dry_run=dry_run)
    cover = await render(invoice_id=f"COVER-{month}", locale="en", watermark="yes")  # expect: WAC402
    return {"started": started, "settled": result, "cover": cover}
