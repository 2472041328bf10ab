# SDK: wmill 1.850.0 client.py: the body reruns in every round; the page loop fetches listing pages with httpx in the body, so every replay crawls the site again before the tasks replay.
import httpx
from bs4 import BeautifulSoup
from wmill import parallel, task, workflow


@task(timeout=120)
async def scrape_product(url: str) -> dict:
    html = httpx.get(url, timeout=30).text
    soup = BeautifulSoup(html, "html.parser")
    return {"url": url, "title": soup.title.string if soup.title else None}


@task()
async def save_products(rows: list) -> int:
    return len(rows)


@workflow
async def main(start_url: str, max_pages: int = 20, concurrency: int = 4):
    links: list[str] = []
    url: str | None = start_url
    pages = 0
    while url and pages < max_pages:
        html = httpx.get(url, timeout=30).text  # expect: WAC101
        soup = BeautifulSoup(html, "html.parser")
        links += [a["href"] for a in soup.select("a.product")]
        nxt = soup.select_one("a.next")
        url = nxt["href"] if nxt else None
        pages += 1
    rows = await parallel(links, scrape_product, concurrency=concurrency)
    return {"pages": pages, "saved": await save_products(rows)}
