"""Local audit trail appended by workflows and scripts."""

import json

AUDIT_LOG = "/tmp/clinic-audit.jsonl"


def write_audit(event: str, **fields) -> None:
    with open(AUDIT_LOG, "a") as fh:
        fh.write(json.dumps({"event": event, **fields}) + "\n")


def audit_line(event: str, **fields) -> str:
    return json.dumps({"event": event, **fields}, sort_keys=True)
