import requests


def main(domain: str, tier: str = "free"):
    resp = requests.get("https://company.clearbit.com/v2/companies/find", params={"domain": domain}, timeout=20)
    resp.raise_for_status()
    body = resp.json()
    return {
        "company": body.get("name") or domain,
        "employees": body.get("metrics", {}).get("employees") or 0,
        "tier": tier,
    }
