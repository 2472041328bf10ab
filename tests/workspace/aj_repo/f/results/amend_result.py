"""Amend a released result (corrected report) and tell the EHR and the orderer."""

import f.lab.fhir
import f.lab.mail
from wmill import get_resume_urls, step, task, wait_for_approval, workflow


@task()
async def request_pathologist_signoff(accession: str, approval_page: str) -> None:
    f.lab.mail.send("pathology-oncall@stmarys.org", f"Amend {accession}?", approval_page)


@workflow
async def main(accession: str, loinc: str, old_value: float, new_value: float, unit: str, orderer_email: str):
    urls = await step("urls", lambda: get_resume_urls())
    await request_pathologist_signoff(accession, urls["approvalPage"])
    signoff = await wait_for_approval(timeout=4 * 3600)
    if not signoff.get("approved"):
        return {"accession": accession, "amended": False}

    corrected = f.lab.fhir.observation(accession, loinc, new_value, unit, status="corrected")
    posted = f.lab.fhir.send(f.lab.fhir.bundle([corrected]))  # expect: WAC101
    await step(
        "email_orderer",
        lambda: f.lab.mail.send(orderer_email, f"Corrected result {accession}", f"{loinc}: {old_value} -> {new_value} {unit}"),
    )
    return {"accession": accession, "amended": True, "fhir": posted, "by": signoff.get("approver")}
