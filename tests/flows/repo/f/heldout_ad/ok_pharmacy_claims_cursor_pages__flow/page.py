import wmill
import requests


def main(since: str, cursor: str = ""):
    sw = wmill.get_resource("f/pharmacy/switch_api")
    r = requests.get(
        f"{sw['url']}/claims/rejected",
        params={"since": since, "cursor": cursor or None, "limit": 200},
        headers={"Authorization": f"Bearer {sw['token']}"},
        timeout=30,
    )
    r.raise_for_status()
    body = r.json()
    return {"claims": body["items"], "next_cursor": body.get("next") or "", "done": not body.get("next")}
