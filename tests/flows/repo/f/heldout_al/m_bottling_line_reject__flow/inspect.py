import wmill


def main(pallet: str, line: str):
    vision = wmill.get_resource("f/bottling/vision")
    return {"pallet": pallet, "line": line, "rejected": False, "camera": vision["camera"]}
