import requests
import wmill


def main(contract_id: str, term_months: int, confirmed_by: str):
    crm = wmill.get_resource("f/sales/crm_api")
    res = requests.post(
        f"{crm['base_url']}/contracts/{contract_id}/renew",
        json={"term_months": term_months, "confirmed_by": confirmed_by},
        headers={"Authorization": f"Bearer {crm['token']}"},
        timeout=30,
    )
    res.raise_for_status()
    return {"contract_id": contract_id, "term_months": term_months}
