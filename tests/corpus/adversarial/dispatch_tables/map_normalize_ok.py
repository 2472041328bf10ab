# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `map` and `filter` here run functions that only rewrite strings.
from urllib.parse import urlsplit

from wmill import task, workflow


def normalize(url: str) -> str:
    parts = urlsplit(url.strip())
    return f"{parts.scheme}://{parts.netloc.lower()}{parts.path or '/'}"


def is_https(url: str) -> bool:
    return url.startswith("https://")


@task()
async def crawl(urls: list[str]) -> int:
    return len(urls)


@workflow
async def main(raw_urls: list[str]):
    urls = sorted(set(map(normalize, raw_urls)))
    secure = list(filter(is_https, urls))
    return await crawl(secure)
