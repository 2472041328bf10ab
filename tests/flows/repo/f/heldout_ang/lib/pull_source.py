import requests
import wmill


def main(source: str, since: str):
    api = wmill.get_resource(f"f/heldout_ang/{source}_api")
    resp = requests.get(
        f"{api['url']}/export",
        params={"since": since},
        headers={"Authorization": f"Bearer {api['token']}"},
        timeout=60,
    )
    resp.raise_for_status()
    rows = resp.json()["items"]
    return {"source": source, "rows": rows, "count": len(rows)}
