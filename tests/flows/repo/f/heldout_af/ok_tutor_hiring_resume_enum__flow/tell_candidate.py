import wmill
import requests


def main(email: str, account: dict):
    mail = wmill.get_resource("f/tutoring/mailgun")
    text = "Welcome aboard!" if account.get("created") else "Thank you for your demo lesson."
    requests.post(
        f"https://api.mailgun.net/v3/{mail['domain']}/messages",
        auth=("api", mail["api_key"]),
        data={"from": "hiring@tutors.example", "to": email, "subject": "Your demo lesson", "text": text},
        timeout=20,
    ).raise_for_status()
