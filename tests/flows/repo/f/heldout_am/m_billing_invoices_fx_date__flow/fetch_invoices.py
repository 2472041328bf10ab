import requests
import wmill


def main(period: str, page_size: int = 500):
    api = wmill.get_resource("f/heldout_am/billing_api")
    rows, page = [], 1
    while True:
        resp = requests.get(
            f"{api['base_url']}/invoices",
            params={"period": period, "page": page, "per_page": page_size},
            headers={"Authorization": f"Bearer {api['token']}"},
            timeout=30,
        )
        resp.raise_for_status()
        batch = resp.json()["data"]
        rows.extend(batch)
        if len(batch) < page_size:
            break
        page += 1
    return {"rows": rows, "count": len(rows)}
