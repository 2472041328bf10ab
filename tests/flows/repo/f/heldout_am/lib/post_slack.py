import wmill
from slack_sdk import WebClient


def main(channel: str, text: str, thread_ts: str = ""):
    client = WebClient(token=wmill.get_variable("f/heldout_am/slack_bot_token"))
    resp = client.chat_postMessage(channel=channel, text=text, thread_ts=thread_ts or None)
    return {"ok": resp["ok"], "ts": resp["ts"]}
