# SDK: wmill 1.850.0 sleep() suspends the job server-side; asyncio.sleep in the body keeps the worker busy and re-waits every earlier poll interval on each replay round
import asyncio

from wmill import task, workflow, step


@task(timeout=120, tag="media")
async def start_transcode(episode_id: str, source_url: str) -> dict:
    import requests

    r = requests.post(
        "https://transcoder.internal/jobs",
        json={"episode": episode_id, "source": source_url, "profiles": ["mp3_128", "aac_64"]},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


@task(timeout=60, tag="media")
async def transcode_status(job_ref: str) -> dict:
    import requests

    return requests.get(f"https://transcoder.internal/jobs/{job_ref}", timeout=15).json()


@task()
async def attach_renditions(episode_id: str, renditions: list) -> dict:
    import requests

    r = requests.put(f"https://cms.internal/episodes/{episode_id}/audio", json=renditions, timeout=30)
    return {"episode": episode_id, "status": r.status_code}


@workflow
async def main(episode_id: str, source_url: str, poll_seconds: int = 90, max_polls: int = 40):
    job = await start_transcode(episode_id, source_url)
    status = await transcode_status(job["ref"])
    polls = 1
    while status["state"] not in ("done", "failed") and polls < max_polls:
        await asyncio.sleep(poll_seconds)  # expect: WAC101
        status = await transcode_status(job["ref"])
        polls += 1

    if status["state"] != "done":
        return {"episode": episode_id, "state": status["state"], "polls": polls}
    attached = await attach_renditions(episode_id, status["renditions"])
    await step("log", lambda: print(f"{episode_id} attached after {polls} polls"))
    return {"episode": episode_id, "attached": attached}
