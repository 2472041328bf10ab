import wmill
import requests


def main(clinic: str):
    ehr = wmill.get_resource("f/clinic/ehr_api")
    resp = requests.get(f"{ehr['url']}/referrals", params={"clinic": clinic, "received": "today"}, timeout=20)
    resp.raise_for_status()
    return [r["id"] for r in resp.json()["referrals"]]
