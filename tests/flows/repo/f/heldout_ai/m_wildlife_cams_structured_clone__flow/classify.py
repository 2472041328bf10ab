import requests
import wmill


def main(camera_id: str, settings: dict, min_confidence: float = 0.7):
    api = wmill.get_resource("f/wildlife/classifier")
    clips = requests.get(f"https://cams.reserve.example.org/api/cameras/{camera_id}/clips/new", timeout=30).json()
    found = []
    for clip in clips:
        resp = requests.post(
            f"{api['url']}/classify",
            json={"clip_url": clip["url"], "model": settings["model"], "night_boost": settings["night_boost"]},
            timeout=120,
        )
        resp.raise_for_status()
        found += [s for s in resp.json()["species"] if s["confidence"] >= min_confidence]
    return {"camera": camera_id, "sightings": found}
