import wmill
import requests


def main(to: str, subject: str, body: str):
    postmark = wmill.get_resource("f/hotels/postmark")
    resp = requests.post(
        "https://api.postmarkapp.com/email",
        headers={"X-Postmark-Server-Token": postmark["token"], "Accept": "application/json"},
        json={"From": "reservations@seaside-hotels.example", "To": to, "Subject": subject, "TextBody": body},
        timeout=15,
    )
    resp.raise_for_status()
    return {"message_id": resp.json()["MessageID"]}
