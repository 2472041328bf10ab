import requests
import wmill


def main(page_id: str, title: str):
    api = wmill.get_resource("f/heldout_aa/index_page_api")
    resp = requests.post(api["url"], json={"id": page_id, "title": title}, timeout=30)
    resp.raise_for_status()
    return {"page_id": page_id}
