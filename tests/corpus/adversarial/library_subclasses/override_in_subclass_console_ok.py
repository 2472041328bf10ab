# SDK: wmill 1.850.0 client.py: the body replays from the top; `ConsoleNotifier` overrides `deliver` with a `print`, so `announce` only logs; the webhook subclass is used inside a task.
import requests
from wmill import task, workflow


class Notifier:
    def announce(self, text: str) -> None:
        self.deliver(f"[deploy] {text}")

    def deliver(self, text: str) -> None:
        raise NotImplementedError


class ConsoleNotifier(Notifier):
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


@task()
async def tell_slack(hook: str, text: str) -> None:
    SlackNotifier(hook).announce(text)


@workflow
async def main(service: str, hook: str):
    version = await deploy(service)
    ConsoleNotifier().announce(version)
    await tell_slack(hook, version)
    return version
