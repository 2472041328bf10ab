"""Post the daily KPI digest to Slack (a plain script, run by a schedule)."""

from datetime import datetime, timezone

import requests
import wmill


def main(kpis: dict, title: str = "Daily KPIs"):  # expect: WAC901
    webhook = wmill.get_variable("f/lib/slack_webhook")
    lines = [f"{name}: {value}" for name, value in sorted(kpis.items())]
    stamp = datetime.now(timezone.utc).strftime("%H:%M UTC")
    requests.post(webhook, json={"text": f"*{title}* ({stamp})\n" + "\n".join(lines)}, timeout=10)
    return len(lines)
