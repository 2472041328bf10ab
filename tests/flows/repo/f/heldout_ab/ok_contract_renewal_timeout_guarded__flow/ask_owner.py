import requests
import wmill


def main(contract_id: str):
    crm = wmill.get_resource("f/sales/crm_api")
    contract = requests.get(
        f"{crm['base_url']}/contracts/{contract_id}", headers={"Authorization": f"Bearer {crm['token']}"}, timeout=30
    ).json()
    urls = wmill.get_resume_urls(approver=contract["owner_email"])
    requests.post(
        f"{crm['base_url']}/tasks",
        json={"assignee": contract["owner_email"], "title": "Confirm renewal term", "link": urls["approvalPage"]},
        headers={"Authorization": f"Bearer {crm['token']}"},
        timeout=30,
    )
    return {"owner": contract["owner_email"]}
