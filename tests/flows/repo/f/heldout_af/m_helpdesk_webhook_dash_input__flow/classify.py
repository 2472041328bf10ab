import re

QUEUES = {
    "billing": re.compile(r"invoice|refund|charge", re.I),
    "access": re.compile(r"password|login|2fa|locked", re.I),
}


def main(subject: str, body: str = "") -> dict:
    text = f"{subject}\n{body}"
    for queue, rx in QUEUES.items():
        if rx.search(text):
            return {"queue": queue, "tags": [queue]}
    return {"queue": "general", "tags": []}
