import wmill
from slack_sdk import WebClient


def main(channel: str, text: str):
    token = wmill.get_variable("f/ops/slack_bot_token")
    resp = WebClient(token=token).chat_postMessage(channel=channel, text=text)
    return {"ts": resp["ts"], "channel": resp["channel"]}
