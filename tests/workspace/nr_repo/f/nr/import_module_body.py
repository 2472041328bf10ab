import importlib
from importlib import import_module

from wmill import workflow

notifier = importlib.import_module("f.lib.notify_py")
TRANSPORT = "f.lib.transport"
transport = import_module(TRANSPORT)


@workflow
async def main(channel: str):
    notifier.notify(channel, "started")  # expect: WAC101
    transport.post(f"https://hooks.example.com/{channel}")  # expect: WAC101
    return channel
