"""Route a verified result: FHIR to the EHR, e-mail to the ordering clinician.

Run as a step of the critical-callback flow too.
"""

import f.lab.fhir as fhir
from f.lab import mail
from wmill import step, task, workflow

TEMPLATE = "Result for {accession}: {loinc} = {value} {unit}"


@task()
async def lookup_orderer(accession: str) -> dict:
    from f.lab.http import get_json

    return get_json(f"/lis/v1/accessions/{accession}/orderer")


@task(timeout=120)
async def post_observation(obs: dict) -> dict:
    return fhir.send(fhir.bundle([obs]))


@workflow
async def main(accession: str, loinc: str, value: float, unit: str, notify: bool = True):
    orderer = await lookup_orderer(accession)
    obs = fhir.observation(accession, loinc, value, unit)
    posted = await post_observation(obs)
    if notify:
        body = mail.render(TEMPLATE, accession=accession, loinc=loinc, value=str(value), unit=unit)
        await step("email_orderer", lambda: mail.send(orderer["email"], f"Result {accession}", body))
    return {"fhir": posted, "notified": orderer["email"] if notify else None}
