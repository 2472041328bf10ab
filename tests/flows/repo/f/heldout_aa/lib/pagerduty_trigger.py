import requests
import wmill


def main(summary: str, dedup_key: str):
    api = wmill.get_resource("f/heldout_aa/pagerduty_trigger_api")
    resp = requests.post(api["url"], json={"summary": summary, "dedup_key": dedup_key}, timeout=30)
    resp.raise_for_status()
    return {"dedup_key": dedup_key}
