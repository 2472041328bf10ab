import requests


def main(erp: dict, period: str):
    r = requests.post(
        f"{erp['base_url']}/exports/ledger",
        json={"period": period, "format": "csv"},
        headers={"Authorization": f"Bearer {erp['token']}"},
        timeout=30,
    )
    r.raise_for_status()
    return {"export_id": r.json()["id"]}
