import wmill


def main(instrument: str, min_altitude_deg: float = 30.0):
    rows = wmill.get_resource("f/observatory/approved_proposals")["targets"]
    return [
        r
        for r in rows
        if r["instrument"] == instrument and r["max_altitude_deg"] >= min_altitude_deg
    ]
