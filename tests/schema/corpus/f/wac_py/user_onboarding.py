# New user onboarding: create the CRM contact, send a welcome email, wait a
# day and then send a getting-started follow-up.
from wmill import task, task_script, workflow, sleep
import requests

create_contact = task_script("f/crm/create_contact")
assign_account_manager = task_script("f/crm/assign_account_manager", timeout=120)


@task()
async def send_email(to: str, template: str, variables: dict) -> str:
    resp = requests.post(
        "https://api.mailprovider.example/v1/send",
        json={"to": to, "template": template, "vars": variables},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["message_id"]


@workflow
async def main(email: str, first_name: str, plan: str = "free"):
    contact = await create_contact(email=email, first_name=first_name, plan=plan)
    if plan != "free":
        await assign_account_manager(contact_id=contact["id"])
    await send_email(email, "welcome", {"name": first_name})
    await sleep(86400)
    await send_email(email, "getting_started", {"name": first_name, "plan": plan})
    return {"contact_id": contact["id"]}
