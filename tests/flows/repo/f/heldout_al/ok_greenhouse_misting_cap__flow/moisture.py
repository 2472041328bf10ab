import wmill


def main(bay: str):
    sensors = wmill.get_resource("f/greenhouse/sensors")
    return {"bay": bay, "moisture_pct": sensors[bay]}
