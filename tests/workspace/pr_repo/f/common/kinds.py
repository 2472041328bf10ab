from f.common.quiet import QuietNotifier
from f.common.slack import SlackNotifier

NOTIFIERS = {"slack": SlackNotifier, "quiet": QuietNotifier}
