import requests

PAGER = "https://pager.stmarys.internal/v1/pages"


def main(clinician_id: str, message: str, urgency: str = "routine") -> dict:
    resp = requests.post(PAGER, json={"to": clinician_id, "text": message, "urgency": urgency}, timeout=10)
    resp.raise_for_status()
    return resp.json()
