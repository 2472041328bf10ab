from wmill import workflow

from f.common import SlackNotifier, make_notifier


@workflow
async def main(text: str):
    direct = SlackNotifier().send(text)  # expect: WAC101
    chosen = make_notifier("slack").send(text)  # expect: WAC101
    return [direct, chosen]
