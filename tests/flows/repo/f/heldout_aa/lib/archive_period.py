import requests
import wmill


def main(payload: dict):
    api = wmill.get_resource("f/heldout_aa/archive_period_api")
    resp = requests.post(api["url"], json=payload, timeout=30)
    resp.raise_for_status()
    return {"archived": payload["period"], "by": payload["requested_by"]}
