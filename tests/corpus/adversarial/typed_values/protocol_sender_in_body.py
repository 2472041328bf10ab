# SDK: wmill 1.850.0 client.py: the body runs in every round; the helper's parameter is typed by a Protocol, and the object the body passes posts to Slack there, once per replay.
from typing import Protocol

import httpx
from wmill import task, workflow


class Sender(Protocol):
    def send(self, text: str) -> None: ...


class SlackSender:
    def __init__(self, webhook: str) -> None:
        self.webhook = webhook

    def send(self, text: str) -> None:
        httpx.post(self.webhook, json={"text": text})


def announce(sender: Sender, text: str) -> None:
    sender.send(text)


@task()
async def close_quarter(quarter: str) -> dict:
    return {"quarter": quarter, "closed": True}


@workflow
async def main(quarter: str, webhook: str):
    result = await close_quarter(quarter)
    announce(SlackSender(webhook), f"{quarter} closed")  # expect: WAC101
    return result
