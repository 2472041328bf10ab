"""Post a message to the taproom channel."""

import wmill
from slack_sdk import WebClient


def main(message: str, channel: str = "#taproom"):
    client = WebClient(token=wmill.get_variable("f/brew_ops/slack_token"))
    client.chat_postMessage(channel=channel, text=message)
    return {"sent": True}
