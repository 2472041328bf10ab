import requests
import wmill


def main(shard: str):
    api = wmill.get_resource("f/heldout_aa/verify_shard_api")
    resp = requests.post(api["url"], json={"shard": shard}, timeout=30)
    resp.raise_for_status()
    return {"shard": shard, "ok": resp.json()["ok"]}
