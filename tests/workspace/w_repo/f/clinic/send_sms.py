import requests


def main(to: str, text: str, sender: str = "CLINIC"):
    resp = requests.post(
        "https://sms.example-gateway.io/v2/messages",
        json={"to": to, "text": text, "from": sender},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["id"]
