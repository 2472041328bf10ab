import wmill


def main(station: str, day: str, total_plays: int, hours: list):
    creds = wmill.get_resource("f/radio/society_api")
    import requests

    payload = {
        "station": station,
        "date": day,
        "plays": total_plays,
        "tracks": sorted({t for h in hours for t in h["tracks"]}),
    }
    r = requests.post(creds["url"] + "/reports", json=payload, auth=(creds["user"], creds["key"]), timeout=30)
    return {"station": station, "accepted": r.status_code == 201}
