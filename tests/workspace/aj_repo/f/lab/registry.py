"""Encounter registry: open / close lab encounters (records built here, stored by tasks)."""

from f.lab.http import get_json


def open(patient_id: str, unit: str) -> dict:  # noqa: A001 - the registry's own verb
    return {"patient": patient_id, "unit": unit, "status": "open"}


def close(encounter: dict, reason: str = "complete") -> dict:
    return {**encounter, "status": "closed", "reason": reason}


def lookup(mrn: str) -> dict:
    return get_json(f"/adt/v1/patients/{mrn}")
