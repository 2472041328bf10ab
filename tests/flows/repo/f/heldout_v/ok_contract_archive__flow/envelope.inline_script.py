import requests


def main(docusign: dict, envelope_id: str):
    resp = requests.get(
        f"{docusign['base_uri']}/restapi/v2.1/accounts/{docusign['account_id']}/envelopes/{envelope_id}",
        headers={"Authorization": f"Bearer {docusign['token']}"},
        params={"include": "recipients"},
        timeout=30,
    )
    resp.raise_for_status()
    env = resp.json()
    signers = env["recipients"]["signers"]
    return {
        "title": env["emailSubject"],
        "completed": env["completedDateTime"],
        "counterparty": next((s["name"] for s in signers if s.get("roleName") == "Counterparty"), signers[0]["name"]),
    }
