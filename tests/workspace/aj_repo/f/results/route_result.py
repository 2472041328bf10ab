"""Route a verified result: FHIR to the EHR, e-mail to the ordering clinician."""

import f.lab.fhir as fhir
from f.lab import mail
from wmill import step, task, workflow

TEMPLATE = "Result for {accession}: {loinc} = {value} {unit}"


@task()
async def lookup_orderer(accession: str) -> dict:
    from f.lab.http import get_json

    return get_json(f"/lis/v1/accessions/{accession}/orderer")


@workflow
async def main(accession: str, loinc: str, value: float, unit: str):
    orderer = await lookup_orderer(accession)
    obs = fhir.observation(accession, loinc, value, unit)

    # the FHIR post goes straight from the body: re-posted on each replay
    posted = fhir.send(fhir.bundle([obs]))  # expect: WAC101

    body = mail.render(TEMPLATE, accession=accession, loinc=loinc, value=str(value), unit=unit)
    await step("email_orderer", lambda: mail.send(orderer["email"], f"Result {accession}", body))
    return {"fhir": posted, "notified": orderer["email"]}
