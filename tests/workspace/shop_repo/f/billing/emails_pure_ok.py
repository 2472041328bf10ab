from f.shared.emails import send_email_body, send_subject
from wmill import step, task, workflow
from f.shared.http_client import post_json


@task()
async def deliver(subject: str, body: str) -> bool:
    return True


@workflow
async def main(invoice_id: str, name: str, amount: str):
    subject = send_subject(invoice_id)
    body = send_email_body(name, amount)
    await step("audit", lambda: post_json("https://audit.example.com", {"invoice": invoice_id}))
    return await deliver(subject, body)
