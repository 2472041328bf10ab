# SDK: wmill 1.850.0 client.py: the body replays from the top; `Notifier.announce` calls `self.deliver`, which `SlackNotifier` overrides with a webhook POST, so the message is posted on every replay.
import requests
from wmill import task, workflow


class Notifier:
    def announce(self, text: str) -> None:
        self.deliver(f"[deploy] {text}")

    def deliver(self, text: str) -> None:
        print(text)


class SlackNotifier(Notifier):
    def __init__(self, hook: str):
        self.hook = hook

    def deliver(self, text: str) -> None:
        requests.post(self.hook, json={"text": text}, timeout=5)


@task()
async def deploy(service: str) -> str:
    return f"{service}@v2"


@workflow
async def main(service: str, hook: str):
    version = await deploy(service)
    SlackNotifier(hook).announce(version)  # expect: WAC101
    return version
