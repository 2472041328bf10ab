"""Sends one SMS through Twilio; returns the message sid and its status."""
from typing import TypedDict

import requests


class twilio(TypedDict):
    account_sid: str
    auth_token: str
    from_number: str


def main(twilio_account: twilio, phone: str, body: str, sender_id: str = "ACME"):
    resp = requests.post(
        f"https://api.twilio.com/2010-04-01/Accounts/{twilio_account['account_sid']}/Messages.json",
        auth=(twilio_account["account_sid"], twilio_account["auth_token"]),
        data={"To": phone, "From": twilio_account["from_number"], "Body": f"[{sender_id}] {body}"},
        timeout=20,
    )
    resp.raise_for_status()
    data = resp.json()
    return {"sid": data["sid"], "status": data["status"]}
