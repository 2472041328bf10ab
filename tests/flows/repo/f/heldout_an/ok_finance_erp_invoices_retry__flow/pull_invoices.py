import wmill
import requests


def main(erp: dict, since: str, page_size: int = 100):
    r = requests.get(
        f"{erp['base_url']}/invoices",
        params={"updated_since": since, "limit": page_size},
        headers={"Authorization": f"Bearer {erp['token']}"},
        timeout=45,
    )
    r.raise_for_status()
    rows = r.json()["data"]
    return {"invoices": rows, "count": len(rows), "partial": len(rows) == page_size}
