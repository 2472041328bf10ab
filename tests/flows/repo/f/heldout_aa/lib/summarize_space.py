import requests
import wmill


def main(space_key: str):
    api = wmill.get_resource("f/heldout_aa/summarize_space_api")
    resp = requests.post(api["url"], json={"space": space_key}, timeout=30)
    resp.raise_for_status()
    return {"space_key": space_key, "summary": resp.json()["summary"]}
