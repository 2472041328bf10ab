"""Accession the specimens of a pickup run: check stability, register, post to the EHR."""

import asyncio

from wmill import step, task, workflow

from f.lab import fhir
from f.lab.stability import age_hours_at, is_expired, limit_for

REJECT_REASON = "specimen outside stability window"


@task(timeout=60)
async def register_specimen(barcode: str, specimen_type: str, collected_at: str) -> dict:
    from f.lab.http import post_json

    return post_json("/lis/v1/specimens", {"barcode": barcode, "type": specimen_type, "collected": collected_at})


@task(timeout=60)
async def post_receipts(receipts: list[dict]) -> dict:
    return fhir.send(fhir.bundle(receipts))


@workflow
async def main(run_id: str, specimens: list[dict], ordering_unit: str = "ED"):
    # the stability check reads the clock: take it once, behind a step
    expired = await step(
        "expired",
        lambda: [s["barcode"] for s in specimens if is_expired(s["collected_at"], s["type"])],
    )
    accepted = [s for s in specimens if s["barcode"] not in expired]
    # pure arithmetic on the two recorded timestamps is fine in the body
    transit = {s["barcode"]: age_hours_at(s["collected_at"], s["received_at"]) for s in accepted}

    registered = await asyncio.gather(
        *[register_specimen(s["barcode"], s["type"], s["collected_at"]) for s in accepted]
    )
    receipts = [
        fhir.observation(r["accession"], "LAB-RECEIPT", 1, "specimen", status="registered")
        for r in registered
    ]
    ack = await post_receipts(receipts)
    return {
        "run": run_id,
        "unit": ordering_unit,
        "rejected": expired,
        "transit_h": transit,
        "limits": {s["type"]: limit_for(s["type"]) for s in specimens},
        "ehr_ack": ack,
    }
