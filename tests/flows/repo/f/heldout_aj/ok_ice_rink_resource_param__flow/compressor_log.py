import wmill


def main(rink: str):
    plant = wmill.get_resource("f/ice_rink/plant_room")
    hours = plant["compressors"][rink]["hours"]
    return {"note": f"compressor at {hours} h" + (" - service due" if hours > 8000 else "")}
