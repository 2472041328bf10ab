# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the runner calls only the pure function the body hands it, and the posting function is handed to it only inside a task.
from typing import Callable

import requests
from wmill import task, workflow


def run_all(fn: Callable[[str], str], items: list[str]) -> list[str]:
    return [fn(i) for i in items]


def slug(text: str) -> str:
    return text.strip().lower().replace(" ", "-")


def publish(text: str) -> str:
    return str(requests.post("https://cms.example/api/posts", json={"title": text}, timeout=10).status_code)


@task()
async def publish_all(titles: list[str]) -> list[str]:
    return run_all(publish, titles)


@workflow
async def main(titles: list[str]):
    slugs = run_all(slug, titles)
    statuses = await publish_all(titles)
    return dict(zip(slugs, statuses))
