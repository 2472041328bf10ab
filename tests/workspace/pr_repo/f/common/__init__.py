from .factory import make_notifier, make_quiet
from .quiet import QuietNotifier
from .slack import SlackNotifier

__all__ = ["QuietNotifier", "SlackNotifier", "make_notifier", "make_quiet"]
