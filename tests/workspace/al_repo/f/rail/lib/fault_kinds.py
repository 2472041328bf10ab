"""The concrete fault handlers; importing this module fills `FaultHandler.registry`."""

import smtplib
from email.message import EmailMessage

from .faults import FaultHandler

SIGNALLING_DESK = "stellwerk-west@westbahn-regional.at"


class SignalFault(FaultHandler, kind="signal"):
    def triage(self) -> dict:
        msg = EmailMessage()
        msg["To"] = SIGNALLING_DESK
        msg["Subject"] = f"Signal fault at {self.event['location']}"
        msg.set_content(self.event.get("detail", ""))
        with smtplib.SMTP("smtp.westbahn-regional.at") as smtp:
            smtp.send_message(msg)
        return {"severity": "high", "desk": SIGNALLING_DESK}


class DoorFault(FaultHandler, kind="door"):
    def triage(self) -> dict:
        return {"severity": "low", "unit": self.event["unit"], "action": "lock-out door"}
