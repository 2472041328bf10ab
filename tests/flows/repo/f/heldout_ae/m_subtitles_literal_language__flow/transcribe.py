import requests
import wmill


def main(video_id: str, language: str = "en"):
    api = wmill.get_resource("f/video/speech_api")
    resp = requests.post(
        f"{api['url']}/transcriptions",
        headers={"Authorization": f"Bearer {api['token']}"},
        json={"media": f"s3://acme-videos/transcoded/{video_id}.mp4", "language": language},
        timeout=1700,
    )
    resp.raise_for_status()
    return {"segments": resp.json()["segments"]}
