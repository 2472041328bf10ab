# Leave request: the manager fills a small form on the approval page (they can
# shorten the request), then HR systems are updated.
from wmill import task, workflow, step, wait_for_approval, get_resume_urls
import requests

APPROVAL_FORM = {
    "type": "object",
    "properties": {
        "approved_days": {"type": "integer", "description": "Days granted"},
        "comment": {"type": "string"},
    },
    "required": ["approved_days"],
}


@task()
async def email_manager(manager: str, employee: str, days: int, page: str):
    requests.post("https://mail.example/send", json={"to": manager, "subject": f"{employee} requests {days} days off", "body": page}, timeout=30)


@task()
async def book_leave(employee: str, start: str, days: int) -> str:
    resp = requests.post("https://hris.example/api/leave", json={"employee": employee, "start": start, "days": days}, timeout=30)
    return resp.json()["booking_id"]


@task()
async def email_employee(employee: str, text: str):
    requests.post("https://mail.example/send", json={"to": employee, "subject": "Your leave request", "body": text}, timeout=30)


@workflow
async def main(employee: str, manager: str, start: str, days: int):
    urls = await step("get_urls", lambda: get_resume_urls(manager))
    await email_manager(manager, employee, days, urls["approvalPage"])
    answer = await wait_for_approval(timeout=5 * 86400, form=APPROVAL_FORM)
    if not answer["approved"]:
        await email_employee(employee, "Your leave request was declined.")
        return {"booked": False}
    granted = answer["value"].get("approved_days", days)
    booking = await book_leave(employee, start, granted)
    await email_employee(employee, f"{granted} days booked from {start} (ref {booking}).")
    return {"booked": True, "days": granted, "booking": booking}
