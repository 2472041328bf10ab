import requests
import wmill


def main(episode_id: str, audio_url: str, language: str = "en"):
    api = wmill.get_resource("f/podcast/transcriber")
    resp = requests.post(
        f"{api['base_url']}/v2/transcripts",
        headers={"authorization": api["key"]},
        json={"audio_url": audio_url, "language_code": language, "speaker_labels": True},
        timeout=30,
    )
    resp.raise_for_status()
    job = resp.json()
    return {"job_id": job["id"], "episode_id": episode_id, "eta_seconds": 60}
