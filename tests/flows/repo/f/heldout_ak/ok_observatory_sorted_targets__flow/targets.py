import wmill


def main(night: str):
    eph = wmill.get_resource("f/observatory/ephemeris")
    return [
        {"name": t["name"], "altitude": t["max_alt_deg"]}
        for t in eph["nights"].get(night, [])
        if t["max_alt_deg"] > 20
    ]
