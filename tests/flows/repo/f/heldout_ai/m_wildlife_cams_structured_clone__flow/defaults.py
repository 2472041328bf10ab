import wmill


def main(reserve: str):
    cfg = wmill.get_resource(f"f/wildlife/{reserve}_camera_defaults")
    return {"model": cfg.get("model", "megadetector-v5"), "night_boost": cfg.get("night_boost", True), "overrides": {}}
