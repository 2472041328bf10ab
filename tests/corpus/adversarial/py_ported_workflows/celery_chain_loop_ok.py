# SDK: wmill 1.850.0 client.py: each stage is awaited before the next starts, so every task receives the previous task's checkpointed result and the keys are fetch, parse, store in every round.
"""Document pipeline ported from a Celery chain, one awaited stage at a time."""

import logging

from wmill import task, workflow

log = logging.getLogger("doc_pipeline")


@task()
async def fetch(payload: str) -> str:
    import httpx

    return httpx.get(payload, timeout=30).text


@task()
async def parse(payload: str) -> dict:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(payload, "html.parser")
    return {"title": soup.title.string if soup.title else "", "links": len(soup.find_all("a"))}


@task()
async def store(payload: dict) -> str:
    import psycopg

    with psycopg.connect() as conn:
        row = conn.execute(
            "insert into docs (title, links) values (%s, %s) returning id", (payload["title"], payload["links"])
        ).fetchone()
    return str(row[0])


CHAIN = (fetch, parse, store)


@workflow
async def main(url: str):
    value: object = url
    for stage in CHAIN:
        value = await stage(value)
    log.info("stored %s as %s", url, value)
    return {"url": url, "doc_id": value}
