# SDK: wmill 1.850.0 client.py: the body re-runs every round; building a sendgrid `Mail` is local, `SendGridAPIClient.send` posts it each round.
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

from wmill import task, workflow

sg = SendGridAPIClient("SG.key")


@task()
async def close_ticket(ticket_id: str) -> str:
    return "closed"


@workflow
async def main(ticket_id: str, email: str):
    status = await close_ticket(ticket_id)
    message = Mail(from_email="help@example.com", to_emails=email, subject="Closed", plain_text_content=status)
    sg.send(message)  # expect: WAC101
    return status
