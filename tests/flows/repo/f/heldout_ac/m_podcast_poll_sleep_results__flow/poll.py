import requests
import wmill


def main(job_id: str):
    api = wmill.get_resource("f/podcast/transcriber")
    resp = requests.get(
        f"{api['base_url']}/v2/transcripts/{job_id}",
        headers={"authorization": api["key"]},
        timeout=30,
    )
    resp.raise_for_status()
    job = resp.json()
    return {"status": job["status"], "text": job.get("text"), "words": len(job.get("words") or [])}
