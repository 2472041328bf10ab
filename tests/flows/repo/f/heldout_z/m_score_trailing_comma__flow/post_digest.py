import wmill
from slack_sdk import WebClient


def main(hot: list, channel: str):
    slack = WebClient(token=wmill.get_resource("f/sales/slack")["token"])
    lines = [f"- {h['id']}: {h['score']}" for h in hot]
    slack.chat_postMessage(channel=channel, text="Hot leads:\n" + "\n".join(lines))
    return len(lines)
