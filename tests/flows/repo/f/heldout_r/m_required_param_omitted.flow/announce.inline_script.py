from slack_sdk import WebClient


def main(slack: dict, channel: str, text: str, thread_ts: str, unfurl_links: bool = False):
    client = WebClient(token=slack["token"])
    r = client.chat_postMessage(channel=channel, text=text, thread_ts=thread_ts, unfurl_links=unfurl_links)
    return {"ts": r["ts"]}
