# SDK: wmill 1.850.0 client.py: a task runs once as its own job; the `Mail` is built in the body (local) and sent in the task.
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

from wmill import task, workflow

sg = SendGridAPIClient("SG.key")


@task()
async def deliver(email: str, subject: str, text: str) -> int:
    message = Mail(from_email="help@example.com", to_emails=email, subject=subject, plain_text_content=text)
    return sg.send(message).status_code


@workflow
async def main(ticket_id: str, email: str):
    subject = f"Ticket {ticket_id} closed"
    return await deliver(email, subject, "Thanks")
