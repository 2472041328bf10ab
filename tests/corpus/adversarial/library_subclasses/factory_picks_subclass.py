# SDK: wmill 1.850.0 client.py: the body replays from the top; `notifier_for(channel)` returns a `WebhookNotifier` or an `EmailNotifier`, both of which send; `notifier.deliver(...)` sends on every replay.
import smtplib

import requests
from wmill import task, workflow


class WebhookNotifier:
    def __init__(self, url: str):
        self.url = url

    def deliver(self, text: str) -> None:
        requests.post(self.url, json={"text": text}, timeout=5)


class EmailNotifier:
    def __init__(self, to: str):
        self.to = to

    def deliver(self, text: str) -> None:
        with smtplib.SMTP("smtp.example.com") as smtp:
            smtp.sendmail("bot@example.com", [self.to], text)


def notifier_for(channel: str, target: str):
    if channel == "email":
        return EmailNotifier(target)
    return WebhookNotifier(target)


@task()
async def close_ticket(ticket: str) -> str:
    return f"{ticket} closed"


@workflow
async def main(ticket: str, channel: str, target: str):
    summary = await close_ticket(ticket)
    notifier = notifier_for(channel, target)
    notifier.deliver(summary)  # expect: WAC101
    return summary
