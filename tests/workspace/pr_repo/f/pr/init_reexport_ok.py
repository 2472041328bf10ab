from wmill import step, workflow

from f.common import base, quiet
from f.common.quiet import QuietNotifier
from f.common.slack import SlackNotifier


@workflow
async def main(text: str):
    loud = QuietNotifier().send(text)
    framed = SlackNotifier().render(text)
    shown = quiet.QuietNotifier().render(base.Notifier().render(text))
    sent = await step("slack", lambda: SlackNotifier().send(loud))
    return [framed, sent, shown]
