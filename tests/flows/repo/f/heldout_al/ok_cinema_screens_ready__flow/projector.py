import wmill


def main(screen: str):
    ims = wmill.get_resource("f/cinema/ims")
    return {"screen": screen, "lamp_hours": ims["lamps"][screen], "ready": True}
