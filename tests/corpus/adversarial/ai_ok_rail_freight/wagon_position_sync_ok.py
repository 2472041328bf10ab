# SDK: plain script: a module-level requests.Session and time.time() in main are fine without WAC
import time
from typing import Iterator

import requests
import wmill

API = "https://telematics.example-rail.eu/v1"
session = requests.Session()


def pages(token: str, since: int) -> Iterator[list[dict]]:
    cursor = None
    while True:
        params = {"since": since, **({"cursor": cursor} if cursor else {})}
        r = session.get(f"{API}/positions", params=params, headers={"Authorization": f"Bearer {token}"}, timeout=30)
        r.raise_for_status()
        body = r.json()
        yield body["items"]
        cursor = body.get("next")
        if not cursor:
            return


def main(lookback_minutes: int = 15):
    token = wmill.get_variable("f/rail/telematics_token")
    since = int(time.time()) - lookback_minutes * 60
    db = wmill.get_resource("f/rail/fleet_pg")
    import psycopg2

    conn = psycopg2.connect(**db)
    n = 0
    with conn, conn.cursor() as cur:
        for batch in pages(token, since):
            cur.executemany(
                "insert into wagon_positions (wagon, lat, lon, at) values (%(wagon)s, %(lat)s, %(lon)s, to_timestamp(%(ts)s)) "
                "on conflict do nothing",
                batch,
            )
            n += len(batch)
    return {"inserted": n, "since": since}
