def main(box_id: str):
    import requests

    r = requests.get(f"https://collections.example/api/boxes/{box_id}/cards", timeout=30)
    r.raise_for_status()
    return [{"accession_no": c["accession_no"], "image": c["scan_url"]} for c in r.json()]
