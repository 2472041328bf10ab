from f.common.senders import make_formatter, make_sender
from wmill import workflow


@workflow
async def main(url: str, text: str):
    send = make_sender(url)
    shown = make_formatter("> ")(text)
    send({"text": shown})  # expect: WAC101
    make_sender(url)({"done": True})  # expect: WAC101
    return shown
