from typing import Optional

import requests
import wmill


def main(tenant_id: str, since: Optional[str] = None):
    sf = wmill.get_resource(f"f/tenants/{tenant_id}_salesforce")
    soql = "SELECT Id, Name, Industry, AnnualRevenue FROM Account"
    if since:
        soql += f" WHERE LastModifiedDate > {since}"
    res = requests.get(
        f"{sf['instance_url']}/services/data/v59.0/query",
        params={"q": soql},
        headers={"Authorization": f"Bearer {sf['token']}"},
        timeout=60,
    )
    res.raise_for_status()
    return [
        {"sf_id": r["Id"], "name": r["Name"], "industry": r.get("Industry")}
        for r in res.json()["records"]
    ]
