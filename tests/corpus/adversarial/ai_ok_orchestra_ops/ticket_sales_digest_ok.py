# SDK: plain script with a module-level client built from a resource, run once per job (no WAC import)
import logging
import os
from collections import Counter
from datetime import date, timedelta

import requests
import wmill

log = logging.getLogger(__name__)
logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))

BOX_OFFICE = wmill.get_resource("f/orchestra/box_office_api")
session = requests.Session()
session.headers.update({"Authorization": f"Token {BOX_OFFICE['token']}"})


def sales_between(first: date, last: date) -> list[dict]:
    out: list[dict] = []
    page = 1
    while True:
        resp = session.get(
            f"{BOX_OFFICE['base_url']}/orders",
            params={"from": first.isoformat(), "to": last.isoformat(), "page": page},
            timeout=30,
        )
        resp.raise_for_status()
        batch = resp.json()["orders"]
        if not batch:
            return out
        out.extend(batch)
        page += 1


def main(days: int = 7, slack_channel: str = "#box-office"):
    last = date.today()
    first = last - timedelta(days=days)
    orders = sales_between(first, last)
    by_concert = Counter(o["concert"] for o in orders for _ in o["seats"])
    lines = [f"*{c}*: {n} seats" for c, n in by_concert.most_common(10)]
    token = wmill.get_variable("f/orchestra/slack_bot_token")
    requests.post(
        "https://slack.com/api/chat.postMessage",
        headers={"Authorization": f"Bearer {token}"},
        json={"channel": slack_channel, "text": "\n".join(lines) or "No sales"},
        timeout=15,
    ).raise_for_status()
    log.info("posted digest of %d orders", len(orders))
    return {"orders": len(orders), "concerts": len(by_concert)}
