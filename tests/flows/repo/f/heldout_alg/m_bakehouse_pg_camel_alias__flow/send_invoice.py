import wmill
import requests


def main(cafe_email: str, amount: float, week_start: str):
    mail = wmill.get_resource("f/bakehouse/postmark")
    resp = requests.post(
        "https://api.postmarkapp.com/email",
        headers={"X-Postmark-Server-Token": mail["token"]},
        json={
            "From": "invoices@bakehouse.example",
            "To": cafe_email,
            "Subject": f"Wholesale invoice, week of {week_start}",
            "TextBody": f"Amount due: {amount:.2f} EUR",
        },
        timeout=20,
    )
    resp.raise_for_status()
    return {"to": cafe_email, "amount": amount}
