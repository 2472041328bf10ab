"""Notification back-ends, registered in the platform container."""

import requests


class SlackNotifier:
    def __init__(self, webhook: str = "https://hooks.slack.com/services/T000/B000/people-ops"):
        self.webhook = webhook

    def notify(self, channel: str, text: str) -> None:
        requests.post(self.webhook, json={"channel": channel, "text": text}, timeout=10)


class TemplateRenderer:
    def __init__(self, locale: str = "en"):
        self.locale = locale

    def render(self, template: str, **values: str) -> str:
        return template.format(**values)
