"""FHIR R4 resources for lab results and the call that posts them."""

import f.lab.http as http
from f.lab.clock import now_iso

FHIR_BASE = "/fhir/R4"


def observation(accession: str, loinc: str, value: float, unit: str, status: str = "final") -> dict:
    return {
        "resourceType": "Observation",
        "status": status,
        "identifier": [{"system": "urn:stmarys:accession", "value": accession}],
        "code": {"coding": [{"system": "http://loinc.org", "code": loinc}]},
        "valueQuantity": {"value": value, "unit": unit},
    }


def bundle(entries: list[dict]) -> dict:
    return {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [{"resource": e, "request": {"method": "POST", "url": e["resourceType"]}} for e in entries],
    }


def stamped_bundle(entries: list[dict]) -> dict:
    out = bundle(entries)
    out["timestamp"] = now_iso()
    return out


def send(payload: dict) -> dict:
    return http.post_json(FHIR_BASE, payload)
