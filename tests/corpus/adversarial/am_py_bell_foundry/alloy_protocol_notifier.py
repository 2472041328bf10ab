# SDK: wmill 1.850.0 client.py: only task / step calls are checkpointed; `notifier` is a `SlackNotifier` whenever `slack_channel` is given, and its `send` POSTs to Slack from the body, once per round (the melt report is posted again after every suspension)
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


@task(timeout=300)
async def adjust_melt(melt_id: str, tin_pct: float) -> dict:
    async with httpx.AsyncClient(base_url="https://floor.bellfoundry.example") as client:
        r = await client.post(f"/melts/{melt_id}/adjust", json={"tin_pct": tin_pct})
        r.raise_for_status()
        return r.json()


@workflow
async def main(melt_id: str, target_tin_pct: float = 22.0, slack_webhook: str = ""):
    notifier: Notifier = SlackNotifier(slack_webhook) if slack_webhook else LogNotifier()
    comp = await spectrometer(melt_id)
    notifier.send(f"melt {melt_id}: tin {comp['tin_pct']:.2f}%")  # expect: WAC101
    if abs(comp["tin_pct"] - target_tin_pct) > 0.5:
        return await adjust_melt(melt_id, target_tin_pct)
    return {"melt": melt_id, "within_spec": True}
