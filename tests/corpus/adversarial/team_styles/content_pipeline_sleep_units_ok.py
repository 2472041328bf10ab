# SDK: wmill 1.850.0 client.py `sleep(seconds)`: an int number of seconds (`int(seconds)` in `_sleep`); the cool-down is computed from hours.
import logging

from wmill import sleep, task, workflow

log = logging.getLogger("content")

COOL_DOWN_HOURS = 2


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
        await sleep(COOL_DOWN_HOURS * 3600)
    log.info("published %d", len(urls))
    return urls
