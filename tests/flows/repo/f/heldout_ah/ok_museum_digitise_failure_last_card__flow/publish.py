def main(records: list):
    import requests

    r = requests.post("https://collections.example/api/publish", json={"records": records}, timeout=60)
    return {"published": r.status_code == 200, "count": len(records)}
