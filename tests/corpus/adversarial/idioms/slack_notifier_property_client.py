# SDK: wmill 1.850.0 client.py: the body re-runs after each task; `notify` (through the `client` property's slack_sdk WebClient) posts a message on every replay.
from functools import cached_property

from slack_sdk import WebClient
from wmill import task, workflow


class DeployNotifier:
    def __init__(self, token: str, channel: str):
        self.token = token
        self.channel = channel

    @cached_property
    def client(self) -> WebClient:
        return WebClient(token=self.token)

    def notify(self, text: str) -> None:
        self.client.chat_postMessage(channel=self.channel, text=text)


@task()
async def deploy(service: str, version: str) -> str:
    return f"{service}@{version}"


@workflow
async def main(service: str, version: str, slack_token: str):
    notifier = DeployNotifier(slack_token, "#deploys")
    released = await deploy(service, version)
    notifier.notify(f"released {released}")  # expect: WAC101
    return released
