# SDK: wmill 1.850.0 task_script wrapper(**kwargs) sends the keywords as the script's args: page_oncall takes team, summary, urgency
from wmill import task_script, wait_for_approval, workflow

from f.common.clock import format_day

page = task_script("f/dispatch/page_oncall")
notify = task_script("f/dispatch/notify_customers")


@workflow
async def main(customer_id: str, day: str):
    approval = await wait_for_approval(timeout=7200)
    if not approval["approved"]:
        return {"paged": False}
    key = await page(team="field-leads", summary=f"Outage for {customer_id} on {format_day(day)}", urgency="low")
    await notify(customer_id=customer_id, message="A lead engineer has been paged.", channel="sms")
    return {"paged": True, "key": key}
