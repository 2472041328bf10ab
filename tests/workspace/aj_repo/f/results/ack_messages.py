"""Acknowledge a batch of inbound ORU messages back to the interface engine."""

from wmill import step, task_script, workflow

send_ack = task_script("f/lab_ops/hl7_ack")


def msh(sending_app: str, receiving_app: str, control_id: str | None = None) -> str:
    # our own MSH without a timestamp, so replays build the same text
    return "|".join(["MSH", "^~\\&", sending_app, "STMARYS", receiving_app, "", "", "", "ACK", control_id or "", "P", "2.5.1"])


# parsing helpers from the shared module (added later, below our own msh)
from f.lab.hl7 import *  # noqa: E402,F403


@workflow
async def main(messages: list[dict], engine: str = "RHAPSODY"):
    acked = []
    for m in messages:
        parsed = parse_oru(m["raw"])
        if not parsed["results"]:
            continue
        header = msh("STMARYS_LAB", engine, control_id=m["control_id"])  # expect: WAC102
        await send_ack(control_id=m["control_id"], code="AA")
        acked.append({"header": header, "msa": ack(m["control_id"]), "patient": parsed["patient_id"]})
    count = await step("count", lambda: len(acked))
    return {"acked": acked, "count": count}
