# SDK: wmill 1.850.0 client.py: the body replays from the top; `Mailer.default()` returns a `Mailer` held in a variable, and `mailer.send` opens an SMTP connection on every replay.
import smtplib
from email.message import EmailMessage

from wmill import task, workflow


class Mailer:
    def __init__(self, host: str):
        self.host = host

    @staticmethod
    def default() -> "Mailer":
        return Mailer("smtp.example.com")

    def send(self, to: str, text: str) -> None:
        msg = EmailMessage()
        msg["To"] = to
        msg.set_content(text)
        with smtplib.SMTP(self.host) as smtp:
            smtp.send_message(msg)


@task()
async def build_report(team: str) -> str:
    return f"report for {team}"


@workflow
async def main(team: str, to: str):
    report = await build_report(team)
    mailer = Mailer.default()
    mailer.send(to, report)  # expect: WAC101
    return "sent"
