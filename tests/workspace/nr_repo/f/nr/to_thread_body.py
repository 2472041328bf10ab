import asyncio

from wmill import workflow

from f.lib.notify_py import notify


@workflow
async def main(channel: str):
    await asyncio.to_thread(notify, channel, "started")  # expect: WAC101
    return channel
