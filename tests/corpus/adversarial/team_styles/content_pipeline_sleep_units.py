# SDK: wmill 1.850.0 client.py `sleep(seconds)` runs `int(seconds)` for the server-side sleep (`WorkflowCtx._sleep`): "2h" raises ValueError (WAC301).
import logging

from wmill import sleep, task, workflow

log = logging.getLogger("content")

COOL_DOWN = "2h"


@task(timeout=600)
async def generate_article(topic: str, tone: str) -> dict:
    return {"title": topic, "body": "..."}


@task()
async def publish(article: dict, site: str) -> str:
    return "https://blog.example.com/post"


@workflow
async def main(topics: list[str], site: str = "blog", tone: str = "friendly"):
    urls = []
    for topic in topics:
        article = await generate_article(topic, tone)
        urls.append(await publish(article, site))
        await sleep("2h")  # expect: WAC301
    log.info("published %d", len(urls))
    return urls
