from enum import Enum

import wmill


class Status(str, Enum):
    OK = "OK"
    ALERT = "ALERT"


def main(room: str):
    sensors = wmill.get_resource("f/vivarium/sensor_hub")
    import requests

    readings = requests.get(f"{sensors['url']}/rooms/{room}/latest", timeout=15).json()
    bad = [
        r["tank"]
        for r in readings
        if not (r["min_c"] <= r["temp_c"] <= r["max_c"]) or r["humidity"] < r["min_humidity"]
    ]
    return {"status": Status.ALERT if bad else Status.OK, "tanks": bad}
