import base64

import requests


def main(docusign: dict, envelope_id: str):
    resp = requests.get(
        f"{docusign['base_uri']}/restapi/v2.1/accounts/{docusign['account_id']}/envelopes/{envelope_id}/documents/combined",
        headers={"Authorization": f"Bearer {docusign['token']}"},
        timeout=60,
    )
    resp.raise_for_status()
    return {"pdf_base64": base64.b64encode(resp.content).decode(), "size": len(resp.content)}
