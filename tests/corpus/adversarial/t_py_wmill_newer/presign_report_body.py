# SDK: wmill.get_presigned_s3_public_urls / sign_s3_objects POST to the Windmill API and return signatures that change with each call
import wmill
from wmill import task, workflow


@task(timeout=900)
async def build_report(month: str) -> dict:
    import io

    import pandas as pd

    frame = pd.DataFrame({"month": [month], "revenue": [1_204_330]})
    buf = io.BytesIO()
    frame.to_parquet(buf)
    obj = wmill.write_s3_file(None, buf.getvalue())
    return {"s3": obj["s3"]}


@task()
async def email_link(to: str, url: str) -> None:
    import smtplib
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["To"], msg["Subject"] = to, "Monthly revenue report"
    msg.set_content(url)
    with smtplib.SMTP("smtp.internal") as smtp:
        smtp.send_message(msg)


@workflow
async def main(month: str, to: str = "cfo@example.com"):
    report = await build_report(month=month)
    url = wmill.get_presigned_s3_public_url(report, expiry_secs=7 * 86400)  # expect: WAC101
    await email_link(to=to, url=url)
    return {"report": report["s3"]}
