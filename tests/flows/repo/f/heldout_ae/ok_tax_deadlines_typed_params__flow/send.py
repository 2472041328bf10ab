import requests
import wmill


def main(to: str, pdf_b64: str, subject: str):
    key = wmill.get_variable("f/accounting/postmark_token")
    resp = requests.post(
        "https://api.postmarkapp.com/email",
        headers={"X-Postmark-Server-Token": key},
        json={
            "From": "fristen@kanzlei.example",
            "To": to,
            "Subject": subject,
            "TextBody": "Please find your reminder attached.",
            "Attachments": [{"Name": "reminder.pdf", "Content": pdf_b64, "ContentType": "application/pdf"}],
        },
        timeout=30,
    )
    resp.raise_for_status()
    return {"to": to, "message_id": resp.json()["MessageID"]}
