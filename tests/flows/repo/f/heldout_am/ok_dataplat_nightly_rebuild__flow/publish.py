import requests
import wmill


def main(env: str, snapshot_ids: list):
    wh = wmill.get_resource(f"f/heldout_am/warehouse_{env}")
    resp = requests.post(f"{wh['url']}/publish", json={"snapshots": snapshot_ids}, timeout=60)
    resp.raise_for_status()
    return {"published": len(snapshot_ids)}
