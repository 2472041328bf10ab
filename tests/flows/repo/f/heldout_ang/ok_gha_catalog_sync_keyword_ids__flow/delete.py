import requests
import wmill


def main(keep: list, older_than_days: int = 30):
    catalog = wmill.get_resource("f/heldout_ang/datahub")
    resp = requests.post(
        f"{catalog['url']}/entities/prune",
        json={"keep": keep, "older_than_days": older_than_days},
        timeout=60,
    )
    resp.raise_for_status()
    return {"removed": resp.json()["removed"]}
