import wmill
from slack_sdk import WebClient


def main(channel: str, text: str):
    slack = WebClient(token=wmill.get_resource("f/heldout_ang/slack_sales")["token"])
    slack.chat_postMessage(channel=channel, text=text)
    return {"posted": True}
