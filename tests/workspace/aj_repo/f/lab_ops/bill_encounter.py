import requests

BILLING = "https://billing.stmarys.internal/api/claims"


def main(encounter_id: str, cpt_codes: list[str], payer: str, modifier: str = "") -> dict:
    claim = {"encounter": encounter_id, "lines": [{"cpt": c, "modifier": modifier} for c in cpt_codes], "payer": payer}
    resp = requests.post(BILLING, json=claim, timeout=30)
    resp.raise_for_status()
    return resp.json()
