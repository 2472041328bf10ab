import requests


def main(vendor_name: str, country: str, screening_api: dict):
    r = requests.post(
        screening_api["url"] + "/screen",
        json={"name": vendor_name, "country": country},
        headers={"X-Api-Key": screening_api["key"]},
        timeout=20,
    )
    r.raise_for_status()
    body = r.json()
    return {"hits": len(body["matches"]), "lists": [m["list"] for m in body["matches"]]}
