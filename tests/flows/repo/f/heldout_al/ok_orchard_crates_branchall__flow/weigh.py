import wmill


def main(crate_id: str):
    scale = wmill.get_resource("f/orchard/scale")
    return {"crate": crate_id, "kg": 18.5, "station": scale["station"]}
