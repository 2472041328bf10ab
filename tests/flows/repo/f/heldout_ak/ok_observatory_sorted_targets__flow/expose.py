import wmill


def main(target: str, seconds: int):
    mount = wmill.get_resource("f/observatory/mount")
    return {"target": target, "seconds": seconds, "camera": mount["camera"]}
