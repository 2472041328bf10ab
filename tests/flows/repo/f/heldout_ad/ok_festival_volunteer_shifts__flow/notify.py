import wmill
import requests


def main(email: str, stage: int, call_time: str, note: str = ""):
    mg = wmill.get_resource("f/festival/mailgun")
    r = requests.post(
        f"https://api.eu.mailgun.net/v3/{mg['domain']}/messages",
        auth=("api", mg["api_key"]),
        data={
            "from": "crew@openair.example",
            "to": email,
            "subject": f"Your shift: stage {stage}",
            "text": f"Please be at stage {stage} at {call_time}. {note}".strip(),
        },
        timeout=20,
    )
    r.raise_for_status()
    return {"email": email, "queued": True}
