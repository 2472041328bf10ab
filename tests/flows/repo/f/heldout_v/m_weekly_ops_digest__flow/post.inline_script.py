from slack_sdk import WebClient


def main(slack: dict, text: str):
    WebClient(token=slack["token"]).chat_postMessage(channel="#ops", text=text, mrkdwn=True)
