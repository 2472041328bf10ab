# SDK: wmill 1.850.0 client.py: each listing page is fetched by a task (one checkpointed step per page, keys fetch_listing, fetch_listing_2, ...); the loop follows the checkpointed next link, so replays walk the same keys.
import httpx
from bs4 import BeautifulSoup
from wmill import parallel, task, workflow


@task(timeout=60)
async def fetch_listing(url: str) -> dict:
    soup = BeautifulSoup(httpx.get(url, timeout=30).text, "html.parser")
    nxt = soup.select_one("a.next")
    return {"links": [a["href"] for a in soup.select("a.product")], "next": nxt["href"] if nxt else None}


@task(timeout=120)
async def scrape_product(url: str) -> dict:
    soup = BeautifulSoup(httpx.get(url, timeout=30).text, "html.parser")
    return {"url": url, "title": soup.title.string if soup.title else None}


@task()
async def save_products(rows: list) -> int:
    return len(rows)


def dedupe(links: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for link in links:
        seen.setdefault(link.split("#")[0], None)
    return list(seen)


@workflow
async def main(start_url: str, max_pages: int = 20, concurrency: int = 4):
    links: list[str] = []
    url: str | None = start_url
    pages = 0
    while url and pages < max_pages:
        page = await fetch_listing(url)
        links += page["links"]
        url = page["next"]
        pages += 1
    rows = await parallel(dedupe(links), scrape_product, concurrency=concurrency)
    return {"pages": pages, "saved": await save_products(rows)}
