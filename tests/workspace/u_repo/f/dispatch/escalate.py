# SDK: wmill 1.850.0 task_script(path) sends the path as is (a missing script fails the child job); uuid4 in the body differs on every replay
from f.common.ids import new_ticket_id
from f.common.wac import step, task, task_script, workflow

notify = task_script("f/dispatch/notify_customer")  # expect: WAC401
page = task_script("f/dispatch/page_oncall")


@task()
async def open_incident(customer_id: str, severity: str, ref: str) -> dict:
    from f.common.http import post_json

    return post_json("https://incidents.fieldops.example/v1", {"customer": customer_id, "sev": severity, "ref": ref})


@workflow
async def main(customer_id: str, severity: str = "high"):
    ref = new_ticket_id("ESC")  # expect: WAC102
    incident = await open_incident(customer_id, severity, ref)
    if severity == "critical":
        await page(team="field-leads", summary=f"{customer_id}: {incident['id']}")
    await notify(customer_id=customer_id, message=f"We escalated your case ({ref}).")
    acked = await step("ack", lambda: {"incident": incident["id"], "ref": ref})
    return acked
