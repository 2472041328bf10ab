"""Pull yesterday's Search Console clicks per page (plain script, hourly schedule)."""

import random
import time
from datetime import date, timedelta

import requests
import wmill


def fetch_page(session: requests.Session, site: str, day: str, start_row: int) -> list[dict]:
    for attempt in range(4):
        resp = session.post(
            f"https://searchconsole.googleapis.com/webmasters/v3/sites/{site}/searchAnalytics/query",
            json={"startDate": day, "endDate": day, "dimensions": ["page"], "startRow": start_row},
            timeout=30,
        )
        if resp.status_code != 429:
            resp.raise_for_status()
            return resp.json().get("rows", [])
        time.sleep(2**attempt + random.random())
    raise RuntimeError("rate limited")


def main(site: str, day: str = ""):
    token = wmill.get_variable("f/ingest/gsc_token")
    day = day or (date.today() - timedelta(days=1)).isoformat()
    session = requests.Session()
    session.headers["authorization"] = f"Bearer {token}"
    rows: list[dict] = []
    start = 0
    while True:
        page = fetch_page(session, site, day, start)
        rows.extend(page)
        if len(page) < 1000:
            break
        start += 1000
    wmill.set_state({"last_day": day, "rows": len(rows)})
    return {"site": site, "day": day, "rows": len(rows)}
