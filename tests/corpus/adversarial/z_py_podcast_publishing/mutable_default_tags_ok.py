# SDK: wmill 1.850.0 each round is a new process that calls main once, so a default list mutated in the body starts empty every round and the same tags reach the task
from wmill import task, workflow, step


@task()
async def publish_episode(episode_id: str, tags: list[str], explicit: bool) -> dict:
    import requests

    r = requests.post(
        f"https://cms.internal/episodes/{episode_id}/publish",
        json={"tags": tags, "explicit": explicit},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


@task()
async def classify_explicit(episode_id: str) -> dict:
    import requests

    return requests.get(f"https://moderation.internal/episodes/{episode_id}", timeout=30).json()


def normalise(tags: list[str], extra: list[str] = []) -> list[str]:
    extra.extend(t.strip().lower() for t in tags)
    return sorted(dict.fromkeys(extra))


@workflow
async def main(episode_id: str, show_slug: str, tags: list = [], explicit: bool = False):
    tags.append(show_slug)
    mod = await classify_explicit(episode_id)
    if mod["explicit"] and not explicit:
        explicit = True
        tags.append("explicit")
    clean = normalise(tags)
    result = await publish_episode(episode_id, clean, explicit)
    count = await step("count", lambda: len(clean))
    return {"published": result, "tag_count": count}
