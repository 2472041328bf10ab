# SDK: wmill 1.850.0 sleep() allocates sleep, sleep_2, ... and transcode_status, transcode_status_2, ... in the same order each round; the loop branches only on checkpointed task results
from wmill import task, workflow, sleep


@task(timeout=120, tag="media")
async def start_transcode(episode_id: str, source_url: str) -> dict:
    import requests

    r = requests.post(
        "https://transcoder.internal/jobs",
        json={"episode": episode_id, "source": source_url},
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
    for polls in range(1, max_polls + 1):
        status = await transcode_status(job["ref"])
        if status["state"] in ("done", "failed"):
            break
        await sleep(poll_seconds)
    else:
        return {"episode": episode_id, "state": "timeout"}

    if status["state"] != "done":
        return {"episode": episode_id, "state": status["state"], "polls": polls}
    attached = await attach_renditions(episode_id, status["renditions"])
    return {"episode": episode_id, "attached": attached, "polls": polls}
