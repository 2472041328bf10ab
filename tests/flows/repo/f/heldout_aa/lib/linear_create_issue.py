import requests
import wmill


def main(title: str):
    api = wmill.get_resource("f/heldout_aa/linear_create_issue_api")
    resp = requests.post(api["url"], json={"title": title}, timeout=30)
    resp.raise_for_status()
    return {"id": resp.json()["id"]}
