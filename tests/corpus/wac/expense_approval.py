# Expense report approval: the manager gets an email with the approval link,
# the workflow suspends until they decide, then the expense is paid or rejected.
from wmill import task, workflow, step, wait_for_approval, get_resume_urls
import requests


@task()
async def send_approval_email(manager_email: str, employee: str, amount: float, approval_page: str):
    requests.post(
        "https://api.mailprovider.example/v1/send",
        json={
            "to": manager_email,
            "subject": f"Expense report from {employee}: ${amount:.2f}",
            "body": f"Review it here: {approval_page}",
        },
        timeout=30,
    ).raise_for_status()


@task()
async def reimburse(employee: str, amount: float) -> str:
    resp = requests.post("https://payroll.example/api/reimbursements", json={"employee": employee, "amount": amount}, timeout=30)
    resp.raise_for_status()
    return resp.json()["id"]


@task()
async def notify_rejection(employee: str, reason: str):
    requests.post("https://hooks.slack.example/expenses", json={"text": f"Expense of {employee} rejected: {reason}"}, timeout=10)


@workflow
async def main(employee: str, manager_email: str, amount: float):
    urls = await step("get_urls", lambda: get_resume_urls())
    await send_approval_email(manager_email, employee, amount, urls["approvalPage"])
    decision = await wait_for_approval(timeout=3 * 86400)
    if decision["approved"]:
        payment_id = await reimburse(employee, amount)
        return {"status": "paid", "payment_id": payment_id}
    else:
        await notify_rejection(employee, decision.get("value", {}).get("reason", "no reason given"))
        return {"status": "rejected", "approver": decision["approver"]}
