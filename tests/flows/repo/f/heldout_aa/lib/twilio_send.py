import requests
import wmill


def main(to: str, body: str):
    api = wmill.get_resource("f/heldout_aa/twilio_send_api")
    resp = requests.post(api["url"], json={"to": to, "body": body}, timeout=30)
    resp.raise_for_status()
    return {"sid": resp.json()["sid"], "status": resp.json()["status"]}
