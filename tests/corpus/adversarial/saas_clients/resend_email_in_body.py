# SDK: wmill 1.850.0 client.py: the body re-runs every round; `resend.Emails.send` sends the email each round.
import resend

from wmill import task, workflow

resend.api_key = "re_key"


@task()
async def export_report(account: str) -> str:
    return f"https://files.example.com/{account}.pdf"


@workflow
async def main(account: str, email: str):
    link = await export_report(account)
    resend.Emails.send({"from": "reports@acme.com", "to": [email], "subject": "Your report", "html": link})  # expect: WAC101
    return link
