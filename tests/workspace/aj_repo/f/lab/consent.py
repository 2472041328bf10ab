"""Consent checks before any secondary use of patient data."""

from f.lab.retry import with_retry

PURPOSES = ("treatment", "research", "quality", "billing")


async def require_consent(lookup, patient_id: str, purpose: str) -> dict:
    if purpose not in PURPOSES:
        raise ValueError(f"unknown purpose {purpose}")
    answer = await with_retry(lookup, patientId=patient_id, purpose=purpose)
    if not answer.get("granted"):
        raise PermissionError(f"no {purpose} consent for {patient_id}")
    return answer
