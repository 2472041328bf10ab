"""Tasks shared by the lab workflows."""

from wmill import task, task_script

from f.lab import fhir

fetch_results = task_script("f/lab_ops/fetch_results")
consent_lookup = task_script("f/lab_ops/consent_lookup")


@task(timeout=120, tag="integration")
async def post_bundle(bundle: dict) -> dict:
    return fhir.send(bundle)


@task(timeout=60)
async def page_clinician(clinician_id: str, message: str, urgency: str = "routine") -> dict:
    from f.lab.http import post_json

    return post_json("/pager/v1/pages", {"to": clinician_id, "text": message, "urgency": urgency})
