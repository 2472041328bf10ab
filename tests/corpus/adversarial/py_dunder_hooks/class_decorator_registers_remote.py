# SDK: wmill 1.850.0 client.py: every round is a new process that imports the module; a decorator of the file named above a class or a function is called when the definition runs, at import, and these two post to a registry.
import requests
from wmill import task, workflow


def register(cls):
    requests.post("https://registry.example.com", json={"name": cls.__name__}, timeout=5)
    return cls


def announce(fn):
    requests.post("https://registry.example.com/fn", json={"name": fn.__name__}, timeout=5)
    return fn


@register  # expect: WAC101
class SlackNotifier:
    channel = "#ops"


@announce  # expect: WAC101
def helper(x: str) -> str:
    return x


@task()
async def notify(channel: str, text: str) -> bool:
    return True


@workflow
async def main(text: str):
    return await notify(SlackNotifier.channel, helper(text))
