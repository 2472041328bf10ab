import requests
import wmill


def main(channel: str, text: str):
    api = wmill.get_resource("f/heldout_aa/slack_post_api")
    resp = requests.post(api["url"], json={"channel": channel, "text": text}, timeout=30)
    resp.raise_for_status()
    return {"ts": resp.json().get("ts")}
