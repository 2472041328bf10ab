# SDK: wmill 1.850.0 a plain polling script: psycopg at module level, datetime.now, random sampling of sensors for a health check, a retry loop with `except Exception`, set_state of the last counts
import random
import time
from datetime import datetime

import psycopg
import requests
import wmill

DSN = wmill.get_resource("f/parking/occupancy_db")
conn = psycopg.connect(**DSN)


def read_level(gateway: str, level: int, attempts: int = 3) -> dict:
    for i in range(attempts):
        try:
            r = requests.get(f"http://{gateway}/levels/{level}", timeout=3)
            r.raise_for_status()
            return r.json()
        except Exception:
            if i == attempts - 1:
                raise
            time.sleep(0.5 * (i + 1))
    raise AssertionError("unreachable")


def main(garage: str, gateway: str, levels: int = 5, spot_checks: int = 3):
    counts = {}
    for level in range(1, levels + 1):
        data = read_level(gateway, level)
        counts[level] = {"free": data["free"], "total": data["total"]}
        for sensor in random.sample(data["sensors"], k=min(spot_checks, len(data["sensors"]))):
            if sensor.get("last_seen_s", 0) > 900:
                print(f"level {level}: sensor {sensor['id']} silent for {sensor['last_seen_s']}s")

    now = datetime.now()
    with conn.cursor() as cur:
        cur.executemany(
            "insert into occupancy (garage, level, free, total, at) values (%s, %s, %s, %s, %s)",
            [(garage, lvl, c["free"], c["total"], now) for lvl, c in counts.items()],
        )
    conn.commit()
    wmill.set_state({"at": now.isoformat(), "counts": counts})
    return {"garage": garage, "free": sum(c["free"] for c in counts.values())}
