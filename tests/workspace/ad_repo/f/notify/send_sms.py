import requests

import wmill


def main(phone: str, body: str, urgent: bool = False):  # expect: WAC901
    creds = wmill.get_resource("f/notify/twilio")
    sender = creds["urgent_from"] if urgent else creds["from"]
    resp = requests.post(
        f"https://api.twilio.com/2010-04-01/Accounts/{creds['sid']}/Messages.json",
        data={"To": phone, "From": sender, "Body": body[:1500]},
        auth=(creds["sid"], creds["token"]),
        timeout=30,
    )
    resp.raise_for_status()
    return {"sid": resp.json()["sid"]}
