"""Export de-identified results for an approved research protocol."""

import hashlib

from wmill import TaskError, get_resume_urls, step, task, wait_for_approval, workflow

from f.lab.tasks import consent_lookup, fetch_results


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
    rows, skipped = [], []
    for p in patients:
        try:
            consent = await consent_lookup(patientId=p["patient_id"], purpose="research")
        except TaskError:
            skipped.append(p["patient_id"])
            continue
        if not consent.get("granted"):
            skipped.append(p["patient_id"])
            continue
        for acc in p["accessions"]:
            result = await fetch_results(accession=acc)
            rows.append({"subject": pseudonym(p["patient_id"], protocol), "results": result["observations"]})

    urls = await step("urls", lambda: get_resume_urls())
    await email_irb(protocol, urls["approvalPage"])
    decision = await wait_for_approval(timeout=7 * 24 * 3600)
    if not decision.get("approved"):
        return {"protocol": protocol, "exported": False, "skipped": skipped}
    key = await upload_extract(protocol, rows)
    return {"protocol": protocol, "exported": True, "key": key, "rows": len(rows), "skipped": skipped}
