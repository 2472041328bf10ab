from wmill import task, workflow

from f.common.http_util import get_json, slugify


@task()
async def store(doc: dict) -> str:
    return slugify(doc.get("name", ""))


@workflow
async def main(url: str):
    doc = get_json(url)  # expect: WAC101
    return await store(doc)
