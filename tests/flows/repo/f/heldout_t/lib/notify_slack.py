# Shared notifier used by the ops flows: posts a message to a Slack channel.
from typing import TypedDict

import requests


class slack(TypedDict):
    token: str


def main(slack_conn: slack, channel: str, text: str, thread_ts: str = ""):
    payload = {"channel": channel, "text": text}
    if thread_ts:
        payload["thread_ts"] = thread_ts
    resp = requests.post(
        "https://slack.com/api/chat.postMessage",
        headers={"Authorization": f"Bearer {slack_conn['token']}"},
        json=payload,
        timeout=10,
    )
    resp.raise_for_status()
    body = resp.json()
    return {"ok": body.get("ok", False), "ts": body.get("ts")}
