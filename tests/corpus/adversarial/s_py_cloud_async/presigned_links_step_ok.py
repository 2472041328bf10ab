# SDK: wmill 1.850.0 step(name, fn) checkpoints the signed link once; every replay gets the same URL (generate_presigned_url itself signs locally, no request)
import boto3
from wmill import step, task, workflow

s3 = boto3.client("s3", region_name="eu-west-1")


@task(timeout=900)
async def build_statement(account_id: str, month: str) -> str:
    from weasyprint import HTML

    html = f"<h1>Statement {month}</h1><p>Account {account_id}</p>"
    key = f"statements/{account_id}/{month}.pdf"
    HTML(string=html).write_pdf(f"/tmp/{account_id}.pdf")
    s3.upload_file(f"/tmp/{account_id}.pdf", "customer-docs", key)
    return key


@task()
async def email_statement(email: str, link: str) -> None:
    import requests

    requests.post(
        "https://api.postmarkapp.com/email/withTemplate",
        headers={"X-Postmark-Server-Token": "server-token"},
        json={"From": "billing@example.com", "To": email, "TemplateAlias": "statement", "TemplateModel": {"link": link}},
        timeout=20,
    ).raise_for_status()


@workflow
async def main(account_id: str, email: str, month: str):
    key = await build_statement(account_id, month)
    link = await step(
        "statement_link",
        lambda: s3.generate_presigned_url(
            "get_object", Params={"Bucket": "customer-docs", "Key": key}, ExpiresIn=7 * 24 * 3600
        ),
    )
    await email_statement(email, link)
    return {"key": key}
