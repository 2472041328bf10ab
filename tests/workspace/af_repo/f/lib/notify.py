"""Slack notifications for the data team."""

import requests
import wmill


def format_alert(title: str, lines: list[str]) -> str:
    body = "\n".join(f"• {line}" for line in lines)
    return f"*{title}*\n{body}"


def post_slack(text: str, channel: str = "#data-alerts") -> None:
    webhook = wmill.get_variable("f/lib/slack_webhook")
    requests.post(webhook, json={"text": text, "channel": channel}, timeout=10)
