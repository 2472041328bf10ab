from typing import TypedDict


class slack(TypedDict):
    token: str


def main(channel: str, text: str, workspace: slack, thread_ts: str | None = None) -> dict:
    return {"channel": channel, "text": text, "thread": thread_ts}
