"""Page the responsible clinician about a critical value and wait for read-back."""

from wmill import get_resume_urls, sleep, step, task_script, wait_for_approval, workflow

from f.lab.tasks import page_clinician

check_critical = task_script("f/lab_ops/critical_values")
page_backup = task_script("f/lab_ops/page_oncall")

READBACK_MINUTES = 15


@workflow
async def main(accession: str, loinc: str, value: float, clinician_id: str, backup_id: str):
    verdict = await check_critical(loinc=loinc, value=value)
    if not verdict["critical"]:
        return {"accession": accession, "paged": False}

    urls = await step("urls", lambda: get_resume_urls(approver=clinician_id))
    text = f"CRITICAL {loinc}={value} on {accession}. Read back: {urls['approvalPage']}"
    await page_clinician(clinician_id=clinician_id, message=text, urgency="stat")

    readback = await wait_for_approval(timeout=READBACK_MINUTES * 60)
    if readback.get("approved"):
        return {"accession": accession, "paged": True, "read_back_by": readback.get("approver")}

    await sleep(60)
    await page_backup(clinician_id=backup_id, message=text, urgency="stat")
    return {"accession": accession, "paged": True, "escalated_to": backup_id}
