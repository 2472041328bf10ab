from wmill import task, workflow

from f.common.http_util import get_json, slugify


@task()
async def fetch(url: str) -> dict:
    return get_json(url)


@workflow
async def main(url: str):
    doc = await fetch(url)
    return slugify(doc.get("title", ""))
