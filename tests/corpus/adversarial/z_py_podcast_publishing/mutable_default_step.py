# SDK: wmill 1.850.0 _run_inline_step returns the checkpointed value without calling fn on replay, so tags extended inside the step are back to the input in later rounds
from wmill import task, workflow, step


@task()
async def suggest_tags(episode_id: str) -> list:
    import requests

    return requests.post(f"https://ml.internal/episodes/{episode_id}/tags", timeout=60).json()["tags"]


@task()
async def publish_episode(episode_id: str, tags: list[str]) -> dict:
    import requests

    r = requests.post(f"https://cms.internal/episodes/{episode_id}/publish", json={"tags": tags}, timeout=30)
    r.raise_for_status()
    return r.json()


@workflow
async def main(episode_id: str, tags: list = [], auto_tag: bool = True):
    if auto_tag:
        suggested = await suggest_tags(episode_id)
        await step("merge_tags", lambda: tags.extend(t for t in suggested if t not in tags))  # expect: WAC104
    published = await publish_episode(episode_id, tags)
    return {"episode": episode_id, "tags": tags, "published": published}
