import requests
import wmill


def main(domain: str, market: str):
    key = wmill.get_variable("f/heldout_am/clearbit_key")
    host = "company.clearbit.com" if market == "us" else "eu.company.clearbit.com"
    resp = requests.get(f"https://{host}/v2/companies/find", params={"domain": domain}, auth=(key, ""), timeout=15)
    if resp.status_code == 404:
        return {"domain": domain, "employees": 0, "industry": "unknown"}
    resp.raise_for_status()
    body = resp.json()
    return {"domain": domain, "employees": body["metrics"]["employees"] or 0, "industry": body["category"]["industry"] or "unknown"}
