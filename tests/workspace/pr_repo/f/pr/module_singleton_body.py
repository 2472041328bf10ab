from wmill import workflow

from f.common.clients import alerts, preview


@workflow
async def main(text: str):
    shown = preview.send(text)
    return alerts.send(shown)  # expect: WAC101
