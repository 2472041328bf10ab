from f.common.senders import make_formatter, make_sender
from wmill import step, workflow


@workflow
async def main(url: str, text: str):
    shown = make_formatter("> ")(text)
    send = make_sender(url)
    await step("send", lambda: send({"text": shown}))
    return shown
