import wmill


def main(sailing: str):
    res = wmill.get_resource("f/ferry/reservations")
    booked = [p["name"] for p in res["sailings"][sailing]["passengers"]]
    return {"sailing": sailing, "passengers": booked}
