import wmill


def main(track_ids: list, station: str):
    society = wmill.get_resource("f/radio/rights_society")
    return {"station": station, "filed": len(track_ids), "portal": society["portal"]}
