"""Low-level delivery of team messages."""

import requests

PAGER_URL = "https://pager.resort.example/page"


def send(channel: str, text: str) -> int:
    resp = requests.post(PAGER_URL, json={"channel": channel, "text": text}, timeout=10)
    return resp.status_code
