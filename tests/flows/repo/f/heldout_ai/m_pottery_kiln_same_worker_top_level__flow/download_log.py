import os

import requests
import wmill


def main(kiln: str, firing_id: int):
    ctl = wmill.get_resource(f"f/pottery/{kiln}_controller")
    resp = requests.get(f"{ctl['url']}/firings/{firing_id}/log.csv", timeout=30)
    resp.raise_for_status()
    os.makedirs("./shared", exist_ok=True)
    path = f"./shared/firing_{firing_id}.csv"
    with open(path, "w") as fh:
        fh.write(resp.text)
    return {"file": path, "target_cone": resp.headers.get("X-Target-Cone", "6")}
