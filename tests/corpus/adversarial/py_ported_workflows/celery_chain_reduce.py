# SDK: wmill 1.850.0 client.py task wrapper: calling a task inside @workflow calls _next_step at once and returns an un-awaited coroutine, so reduce() hands each stage the previous stage's coroutine as its argument: all three are dispatched together and only the last is awaited.
"""Document pipeline ported from a Celery chain (fetch.s(url) | parse.s() | store.s())."""

import functools
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
    doc_id = await functools.reduce(lambda acc, stage: stage(acc), CHAIN, url)  # expect: WAC106
    log.info("stored %s as %s", url, doc_id)
    return {"url": url, "doc_id": doc_id}
