import requests
import wmill


def main(metric: str):
    api = wmill.get_resource("f/heldout_aa/statsd_incr_api")
    resp = requests.post(api["url"], json={"metric": metric}, timeout=30)
    resp.raise_for_status()
    return {"ok": True}
