"""Acknowledge a batch of inbound ORU messages back to the interface engine."""

from wmill import step, task_script, workflow

from f.lab.hl7 import ack, msh, parse_oru

send_ack = task_script("f/lab_ops/hl7_ack")


def msh(sending_app: str, receiving_app: str, control_id: str, sent_at: str) -> str:
    # our own MSH: the timestamp is the one the engine sent, so replays build the same text
    return "|".join(["MSH", "^~\\&", sending_app, "STMARYS", receiving_app, "", sent_at, "", "ACK", control_id, "P", "2.5.1"])


@workflow
async def main(messages: list[dict], engine: str = "RHAPSODY"):
    acked = []
    for m in messages:
        parsed = parse_oru(m["raw"])
        if not parsed["results"]:
            continue
        header = msh("STMARYS_LAB", engine, m["control_id"], m["sent_at"])
        await send_ack(control_id=m["control_id"])
        acked.append({"header": header, "msa": ack(m["control_id"]), "patient": parsed["patient_id"]})
    count = await step("count", lambda: len(acked))
    return {"acked": acked, "count": count}
