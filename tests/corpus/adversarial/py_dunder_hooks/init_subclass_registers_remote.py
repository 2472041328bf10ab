# SDK: wmill 1.850.0 client.py: every round is a new process that imports the module; defining a subclass runs __init_subclass__, which here POSTs the plugin to a registry at import.
import requests
from wmill import task, workflow

REGISTRY = "https://plugins.example.com/register"


class Plugin:
    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        requests.post(REGISTRY, json={"name": cls.__name__}, timeout=5)


class SlackPlugin(Plugin):  # expect: WAC101
    channel = "#ops"


@task()
async def notify(channel: str, text: str) -> bool:
    return True


@workflow
async def main(text: str):
    return await notify(SlackPlugin.channel, text)
