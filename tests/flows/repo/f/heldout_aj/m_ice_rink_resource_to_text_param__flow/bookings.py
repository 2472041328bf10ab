import datetime
from typing import Optional

import requests


def main(rink: str, booking_api: dict, week_start: Optional[str] = None):
    start = datetime.date.fromisoformat(week_start) if week_start else datetime.date.today()
    resp = requests.get(
        f"{booking_api['url']}/rinks/{rink}/sessions",
        params={"from": start.isoformat(), "days": 7},
        headers={"Authorization": f"Bearer {booking_api['token']}"},
        timeout=30,
    )
    resp.raise_for_status()
    return {"rink": rink, "sessions": resp.json()["sessions"]}
