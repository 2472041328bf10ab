"""Export de-identified results for an approved research protocol."""

import hashlib

from wmill import get_resume_urls, step, task, wait_for_approval, workflow

from f.lab.consent import require_consent
from f.lab.tasks import consent_lookup, fetch_results

SALT_NOTE = "per-protocol salt is held by the IRB office"


def pseudonym(patient_id: str, protocol: str) -> str:
    return hashlib.sha256(f"{protocol}:{patient_id}".encode()).hexdigest()[:16]


@task(timeout=900)
async def upload_extract(protocol: str, rows: list[dict]) -> str:
    import boto3

    key = f"research/{protocol}/extract.json"
    boto3.client("s3").put_object(Bucket="stmarys-research", Key=key, Body=str(rows).encode())
    return key


@task()
async def email_irb(protocol: str, approval_page: str) -> None:
    from f.lab.mail import send

    send("irb@stmarys.org", f"Extract for {protocol}", f"Approve: {approval_page}")


@workflow
async def main(protocol: str, patients: list[dict]):
    rows = []
    for p in patients:
        # consent lookups are flaky; the shared helper retries them
        await require_consent(consent_lookup, p["patient_id"], "research")  # expect: WAC201
        for acc in p["accessions"]:
            result = await fetch_results(accession=acc)
            rows.append({"subject": pseudonym(p["patient_id"], protocol), "results": result["observations"]})

    urls = await step("urls", lambda: get_resume_urls())
    await email_irb(protocol, urls["approvalPage"])
    decision = await wait_for_approval(timeout=7 * 24 * 3600)
    if not decision.get("approved"):
        return {"protocol": protocol, "exported": False}
    key = await upload_extract(protocol, rows)
    return {"protocol": protocol, "exported": True, "key": key, "rows": len(rows)}
