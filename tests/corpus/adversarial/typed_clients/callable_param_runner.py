# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the runner calls the function it is given, and the body gives it one that posts.
from typing import Callable

import requests
from wmill import task, workflow


def run_all(fn: Callable[[str], str], items: list[str]) -> list[str]:
    return [fn(i) for i in items]


def publish(text: str) -> str:
    return str(requests.post("https://cms.example/api/posts", json={"title": text}, timeout=10).status_code)


@task()
async def draft_titles(topic: str) -> list[str]:
    return [f"{topic} 101"]


@workflow
async def main(topic: str):
    titles = await draft_titles(topic)
    return run_all(publish, titles)  # expect: WAC101
