"""Open a lab encounter when a patient is admitted, queue the ADT acknowledgement."""

import f.lab.mail as mail
from f.lab import registry
from f.lab.outbox import send
from wmill import step, task, workflow


@task(timeout=60)
async def store_encounter(encounter: dict) -> str:
    from f.lab.http import post_json

    return post_json("/lis/v1/encounters", encounter)["id"]


@task(timeout=60)
async def drain_outbox(envelopes: list[dict]) -> int:
    from f.lab.http import post_json

    return post_json("/engine/v1/outbox", {"items": envelopes})["accepted"]


@workflow
async def main(mrn: str, unit: str, attending_email: str):
    patient = await step("patient", lambda: registry.lookup(mrn))
    encounter = registry.open(patient["id"], unit)
    encounter_id = await store_encounter(encounter)

    envelopes = [
        send({"type": "ACK", "encounter": encounter_id}),
        send({"type": "ORM", "encounter": encounter_id, "unit": unit}, channel="orders"),
    ]
    accepted = await drain_outbox(envelopes)
    body = mail.render("Lab encounter {id} opened on {unit}", id=encounter_id, unit=unit)
    await step("email_attending", lambda: mail.send(attending_email, "Lab encounter opened", body))
    return {"encounter": encounter_id, "queued": accepted}
