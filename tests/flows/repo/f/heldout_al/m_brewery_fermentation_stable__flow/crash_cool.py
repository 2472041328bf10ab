def main(tank: str, readings: int):
    return {"tank": tank, "setpoint_c": 2, "readings": readings}
