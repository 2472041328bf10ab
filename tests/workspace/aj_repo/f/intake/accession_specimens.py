"""Accession the specimens of a pickup run: check stability, register, post to the EHR."""

import asyncio

from wmill import step, task, workflow

from f.lab import fhir
from f.lab.stability import is_expired, limit_for

REJECT_REASON = "specimen outside stability window"


@task(timeout=60)
async def register_specimen(barcode: str, specimen_type: str, collected_at: str) -> dict:
    from f.lab.http import post_json

    return post_json("/lis/v1/specimens", {"barcode": barcode, "type": specimen_type, "collected": collected_at})


@task(timeout=60)
async def reject_specimen(barcode: str, reason: str) -> dict:
    from f.lab.http import post_json

    return post_json(f"/lis/v1/specimens/{barcode}/reject", {"reason": reason})


@workflow
async def main(run_id: str, specimens: list[dict], ordering_unit: str = "ED"):
    accepted, rejected = [], []
    for s in specimens:
        if is_expired(s["collected_at"], s["type"]):  # expect: WAC102
            rejected.append(s["barcode"])
            continue
        accepted.append(s)

    registered = await asyncio.gather(
        *[register_specimen(s["barcode"], s["type"], s["collected_at"]) for s in accepted]
    )
    for barcode in rejected:
        await reject_specimen(barcode, REJECT_REASON)

    receipts = [
        fhir.observation(r["accession"], "LAB-RECEIPT", 1, "specimen", status="registered")
        for r in registered
    ]
    ack = fhir.send(fhir.bundle(receipts))  # expect: WAC101

    summary = await step(
        "summary",
        lambda: {
            "run": run_id,
            "unit": ordering_unit,
            "accepted": len(accepted),
            "rejected": rejected,
            "limits": {s["type"]: limit_for(s["type"]) for s in specimens},
        },
    )
    return {"summary": summary, "ehr_ack": ack}
