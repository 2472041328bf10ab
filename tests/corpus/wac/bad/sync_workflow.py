# MISTAKE: written after the launch-post example: a synchronous `def` workflow
# that calls the durable primitives without awaiting them. The workflow must be
# `async def` and every durable call must be awaited.
from wmill import task, workflow, sleep, parallel
import requests


@task()
async def fetch_page(url: str) -> dict:
    resp = requests.get(url, timeout=30)
    return {"url": url, "status": resp.status_code, "bytes": len(resp.content)}


@task()
async def save_results(results: list):
    requests.post("https://crawler.example/api/results", json=results, timeout=60).raise_for_status()


@workflow
def main(urls: list):  # expect: WAC004
    results = parallel(urls, fetch_page, concurrency=5)  # expect: WAC106
    sleep(60)  # expect: WAC106
    save_results(results)  # expect: WAC106
    return {"processed": len(urls)}
