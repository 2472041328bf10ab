import importlib

from wmill import workflow

notifier = importlib.import_module("f.lib.notify_py")


@workflow
async def main(channel: str):
    notifier.notify(channel, "started")  # expect: WAC101
    return channel
