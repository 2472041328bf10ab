# SDK: wmill 1.850.0 client.py: the body's notifier only appends and prints (stdout is not a side effect the replay repeats anywhere but the log); the Slack post is a task, dispatched once and checkpointed
"""Check the alloy of a melt against its specification and tell the floor."""

from typing import Protocol

import httpx

from wmill import task, workflow


class Notifier(Protocol):
    def send(self, text: str) -> None: ...


class LogNotifier:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def send(self, text: str) -> None:
        self.lines.append(text)
        print(text)


class SlackNotifier:
    def __init__(self, webhook: str) -> None:
        self.webhook = webhook

    def send(self, text: str) -> None:
        httpx.post(self.webhook, json={"text": text}, timeout=10).raise_for_status()


@task(timeout=900)
async def spectrometer(melt_id: str) -> dict:
    async with httpx.AsyncClient(base_url="https://lab.bellfoundry.example") as client:
        r = await client.get(f"/melts/{melt_id}/composition")
        r.raise_for_status()
        return r.json()


@task(timeout=60)
async def tell_floor(webhook: str, text: str) -> None:
    SlackNotifier(webhook).send(text)


@workflow
async def main(melt_id: str, target_tin_pct: float = 22.0, slack_webhook: str = ""):
    notifier: Notifier = LogNotifier()
    comp = await spectrometer(melt_id)
    text = f"melt {melt_id}: tin {comp['tin_pct']:.2f}%"
    notifier.send(text)
    if slack_webhook:
        await tell_floor(slack_webhook, text)
    return {"melt": melt_id, "within_spec": abs(comp["tin_pct"] - target_tin_pct) <= 0.5}
