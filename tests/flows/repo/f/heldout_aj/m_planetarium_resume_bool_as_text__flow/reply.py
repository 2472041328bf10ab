from typing import Optional

import requests
import wmill


def main(to: str, confirmed: bool, pupils: int, show: Optional[str] = None, slot: Optional[str] = None):
    mail = wmill.get_resource("f/planetarium/mailer")
    if confirmed:
        subject = f"Your dome visit is booked: {show} at {slot}"
        body = f"Invoice for {pupils} pupils follows."
    else:
        subject = "Dome visit request"
        body = "Sorry, we cannot host your group on that day."
    requests.post(mail["url"], json={"to": to, "subject": subject, "body": body}, timeout=10).raise_for_status()
    return {"confirmed": confirmed}
