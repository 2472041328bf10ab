"""HL7 v2 helpers for ORU^R01 results and ACKs."""

import uuid

from f.lab.clock import now_utc

FIELD = "|"


def parse_oru(message: str) -> dict:
    segments = [s.split(FIELD) for s in message.strip().split("\r") if s]
    obx = [s for s in segments if s[0] == "OBX"]
    pid = next((s for s in segments if s[0] == "PID"), [])
    return {
        "patient_id": pid[3] if len(pid) > 3 else "",
        "results": [{"code": s[3], "value": s[5], "unit": s[6], "flag": s[8]} for s in obx if len(s) > 8],
    }


def msh(sending_app: str, receiving_app: str, control_id: str | None = None) -> str:
    control_id = control_id or uuid.uuid4().hex[:20]
    ts = now_utc().strftime("%Y%m%d%H%M%S")
    return FIELD.join(["MSH", "^~\\&", sending_app, "STMARYS", receiving_app, "", ts, "", "ACK", control_id, "P", "2.5.1"])


def ack(control_id: str, code: str = "AA") -> str:
    return f"MSA{FIELD}{code}{FIELD}{control_id}"
