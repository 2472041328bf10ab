from typing import Optional, TypedDict

import requests


class clearbit(TypedDict):
    api_key: str


def main(clearbit: clearbit, domain: str, cached: Optional[dict] = None):
    if cached:
        return {"domain": domain, "name": cached["name"], "employees": cached["employees"], "source": "cache"}
    resp = requests.get(
        "https://company.clearbit.com/v2/companies/find",
        params={"domain": domain},
        auth=(clearbit["api_key"], ""),
        timeout=15,
    )
    if resp.status_code == 404:
        return {"domain": domain, "name": None, "employees": None, "source": "none"}
    resp.raise_for_status()
    data = resp.json()
    return {
        "domain": domain,
        "name": data.get("name"),
        "employees": (data.get("metrics") or {}).get("employees"),
        "source": "clearbit",
    }
