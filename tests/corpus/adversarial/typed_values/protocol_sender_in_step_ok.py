# SDK: wmill 1.850.0 client.py _run_inline_step: the post runs inside the step, recorded once; replays return the recorded value without posting.
from typing import Protocol

import httpx
from wmill import step, task, workflow


class Sender(Protocol):
    def send(self, text: str) -> None: ...


class SlackSender:
    def __init__(self, webhook: str) -> None:
        self.webhook = webhook

    def send(self, text: str) -> None:
        httpx.post(self.webhook, json={"text": text})


def announce(sender: Sender, text: str) -> bool:
    sender.send(text)
    return True


@task()
async def close_quarter(quarter: str) -> dict:
    return {"quarter": quarter, "closed": True}


@workflow
async def main(quarter: str, webhook: str):
    result = await close_quarter(quarter)
    await step("announce", lambda: announce(SlackSender(webhook), f"{quarter} closed"))
    return result
