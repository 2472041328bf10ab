# SDK: wmill 1.850.0 a plain script with a local-testing guard (`if __name__ == "__main__": main(...)`): calling main from a normal script is fine; twilio client at module level, random send jitter, os.environ read
import os
import random
import time

import wmill
from twilio.rest import Client

DEFAULT_FROM = os.environ.get("FOODBANK_SMS_FROM", "+15550100")


def client() -> Client:
    creds = wmill.get_resource("f/food_bank/twilio")
    return Client(creds["accountSid"], creds["token"])


def message(name: str, site: str, slot: str) -> str:
    return f"Hi {name}, your pickup at {site} is {slot}. Reply STOP to opt out."


def main(site: str, slot: str, recipients: list[dict], jitter_seconds: float = 0.5):
    sms = client()
    sent, failed = [], []
    for person in recipients:
        try:
            msg = sms.messages.create(to=person["phone"], from_=DEFAULT_FROM, body=message(person["name"], site, slot))
            sent.append(msg.sid)
        except Exception as exc:
            failed.append({"phone": person["phone"][-4:], "error": str(exc)})
        time.sleep(random.uniform(0, jitter_seconds))
    wmill.set_progress(100)
    return {"sent": len(sent), "failed": failed}


if __name__ == "__main__":
    print(main("north", "Sat 10:00", [{"name": "Test", "phone": "+15550199"}], 0))
