from collections import Counter

import wmill


def main(per_camera: list, channel: str = "#rangers"):
    counts = Counter(s["name"] for cam in per_camera for s in cam["sightings"])
    lines = [f"{name}: {n}" for name, n in counts.most_common()]
    slack = wmill.get_resource("f/wildlife/slack")
    return {"channel": channel, "text": "Last night:\n" + "\n".join(lines), "token_set": bool(slack)}
