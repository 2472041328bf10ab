# SDK: wmill 1.850.0 task_script("f/dispatch/notify_customers") dispatches that script with the keywords as its args (customer_id, message)
from f.common.ids import new_ticket_id, stable_id
from f.common.wac import checkpoint, step, task, task_script, workflow

notify = task_script("f/dispatch/notify_customers", timeout=60)
page = task_script("f/dispatch/page_oncall")


@task()
async def open_incident(customer_id: str, severity: str, ref: str) -> dict:
    from f.common.http import post_json

    return post_json("https://incidents.fieldops.example/v1", {"customer": customer_id, "sev": severity, "ref": ref})


@workflow
async def main(customer_id: str, severity: str = "high"):
    ref = await step("ref", lambda: new_ticket_id("ESC"))
    dedupe = stable_id(customer_id, severity)
    incident = await open_incident(customer_id, severity, ref)
    if severity == "critical":
        await page(team="field-leads", summary=f"{customer_id}: {incident['id']}")
    await notify(customer_id=customer_id, message=f"We escalated your case ({ref}).")
    return await checkpoint("ack", lambda: {"incident": incident["id"], "ref": ref, "dedupe": dedupe})
