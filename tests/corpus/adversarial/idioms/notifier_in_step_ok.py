# SDK: wmill 1.850.0 client.py `step(name, fn)`: `_run_inline_step` runs `fn` once and checkpoints its result; on replay the stored value is returned and `fn` is not called.
from functools import cached_property

from slack_sdk import WebClient
from wmill import step, task, workflow


class DeployNotifier:
    def __init__(self, token: str, channel: str):
        self.token = token
        self.channel = channel

    @cached_property
    def client(self) -> WebClient:
        return WebClient(token=self.token)

    def notify(self, text: str) -> bool:
        return bool(self.client.chat_postMessage(channel=self.channel, text=text)["ok"])


@task()
async def deploy(service: str, version: str) -> str:
    return f"{service}@{version}"


@workflow
async def main(service: str, version: str, slack_token: str):
    notifier = DeployNotifier(slack_token, "#deploys")
    released = await deploy(service, version)
    sent = await step("announce", lambda: notifier.notify(f"released {released}"))
    return {"released": released, "announced": sent}
