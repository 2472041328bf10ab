import wmill


def main(tank: str):
    tilt = wmill.get_resource("f/brewery/tilt")
    return {"tank": tank, "sg": tilt["tanks"][tank]["sg"]}
