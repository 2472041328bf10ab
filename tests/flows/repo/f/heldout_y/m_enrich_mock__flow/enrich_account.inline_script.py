import requests
import wmill


def main(domain: str):
    key = wmill.get_variable("f/sales/clearbit_key")
    r = requests.get(
        "https://company.clearbit.com/v2/companies/find",
        params={"domain": domain},
        headers={"Authorization": f"Bearer {key}"},
        timeout=20,
    )
    r.raise_for_status()
    data = r.json()
    return {
        "industry": data["category"]["industry"],
        "size": data["metrics"]["employees"],
    }
