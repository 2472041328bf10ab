# SDK: wmill 1.850.0 client.py: map() in the @workflow body calls requests.get itself, in the body, on every replay round.
import requests
from wmill import task, workflow


@task()
async def index_pages(pages: list[str]) -> int:
    return len(pages)


@workflow
async def main(urls: list[str]):
    bodies = [r.text for r in map(requests.get, urls)]  # expect: WAC101
    return {"indexed": await index_pages(bodies)}
