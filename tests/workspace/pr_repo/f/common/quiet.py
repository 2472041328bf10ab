from f.common.base import Notifier


class QuietNotifier(Notifier):
    channel = "quiet"

    def _deliver(self, body: str) -> str:
        return body.upper()
