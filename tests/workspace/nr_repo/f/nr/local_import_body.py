from wmill import workflow


@workflow
async def main(channel: str):
    from f.lib.notify_py import notify

    notify(channel, "started")  # expect: WAC101
    return channel
