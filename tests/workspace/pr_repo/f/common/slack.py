import requests

from .base import Notifier


class SlackNotifier(Notifier):
    channel = "slack"

    def _deliver(self, body: str) -> str:
        requests.post("https://hooks.slack.example/T000", json={"text": body}, timeout=10)
        return body
