import wmill
import requests


def main(teaser: str, link: str):
    account = wmill.get_resource("f/comms/mastodon")
    resp = requests.post(
        f"{account['instance']}/api/v1/statuses",
        headers={"Authorization": f"Bearer {account['token']}"},
        data={"status": f"{teaser}\n\n{link}", "visibility": "public"},
        timeout=20,
    )
    resp.raise_for_status()
    return {"status_id": resp.json()["id"]}
