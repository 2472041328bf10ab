import requests
import wmill


def main(vendor_name: str, iban: str):
    erp = wmill.get_resource("f/finance/erp")
    r = requests.post(
        f"{erp['base_url']}/vendors",
        json={"name": vendor_name, "iban": iban},
        headers={"Authorization": f"Bearer {erp['token']}"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()
