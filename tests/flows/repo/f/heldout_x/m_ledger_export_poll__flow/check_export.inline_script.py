import requests


def main(erp: dict, export_id: str):
    r = requests.get(
        f"{erp['base_url']}/exports/{export_id}",
        headers={"Authorization": f"Bearer {erp['token']}"},
        timeout=30,
    )
    r.raise_for_status()
    body = r.json()
    return {
        "finished": body["state"] == "DONE",
        "download_url": body.get("url"),
    }
