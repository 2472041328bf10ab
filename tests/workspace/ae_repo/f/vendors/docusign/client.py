"""DocuSign envelopes for leases (adapter; call only from tasks)."""

import requests

from .auth import account_id, api_key

BASE_URL = "https://na4.docusign.net/restapi/v2.1"


def send_envelope(lease_id: str, signer_email: str, pdf_url: str) -> dict:
    resp = requests.post(
        f"{BASE_URL}/accounts/{account_id()}/envelopes",
        headers={"Authorization": f"Bearer {api_key()}"},
        json={"emailSubject": f"Lease {lease_id}", "signer": signer_email, "document": pdf_url},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()


def envelope_status(envelope_id: str) -> str:
    resp = requests.get(
        f"{BASE_URL}/accounts/{account_id()}/envelopes/{envelope_id}",
        headers={"Authorization": f"Bearer {api_key()}"},
        timeout=30,
    )
    return resp.json()["status"]
