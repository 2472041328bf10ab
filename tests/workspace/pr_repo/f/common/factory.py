from f.common.base import Notifier
from f.common.quiet import QuietNotifier
from f.common.slack import SlackNotifier


def make_notifier(kind: str) -> Notifier:
    if kind == "slack":
        return SlackNotifier()
    return QuietNotifier()


def make_quiet() -> Notifier:
    return QuietNotifier()
