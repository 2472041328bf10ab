from wmill import workflow

from f.common import SlackNotifier, make_notifier  # expect: WAC403
from f.common.slack import Notifier, SlackNotifier as Slack
from f.common.quiet import QuietNotifier, QuietSender  # expect: WAC403


@workflow
async def main(text: str):
    direct = SlackNotifier().send(text)
    chosen = make_notifier("quiet").send(text)
    base = Notifier().render(text)
    quiet = QuietNotifier().send(text)
    return [direct, chosen, base, quiet, Slack, QuietSender]
