# SDK: wmill 1.850.0 client.py: the body re-runs each round; a nested function that talks SMTP, called from the body after a task, sends the mail again on every replay.
import smtplib
from email.message import EmailMessage

from wmill import task, workflow


@task()
async def generate_report(month: str) -> str:
    return "report body"


@workflow
async def main(month: str, recipients: list[str], smtp_host: str = "smtp.example.com"):
    def mail(body: str) -> None:
        msg = EmailMessage()
        msg["Subject"] = f"Report {month}"
        msg["To"] = ", ".join(recipients)
        msg.set_content(body)
        with smtplib.SMTP(smtp_host) as smtp:
            smtp.send_message(msg)

    report = await generate_report(month)
    mail(report)  # expect: WAC101
    return {"month": month}
