from wmill import step, workflow

from f.common import QuietNotifier, SlackNotifier


@workflow
async def main(text: str):
    loud = QuietNotifier().send(text)
    framed = SlackNotifier().render(text)
    sent = await step("slack", lambda: SlackNotifier().send(loud))
    return [framed, sent]
