# SDK: wmill 1.850.0 client.py — a deque worklist (FIFO from the input list and from task results, both checkpoint-stable) dispatches crawl calls in the same order every replay; the set is only a membership test
from collections import deque

from wmill import task, workflow


@task()
async def crawl(url: str) -> list[str]:
    import re
    from urllib.parse import urljoin

    import httpx

    html = httpx.get(url, timeout=20).text
    return sorted({urljoin(url, href) for href in re.findall(r'href="([^"#]+)"', html)})


@workflow
async def main(seed_urls: list[str], max_pages: int = 50):
    queue = deque(seed_urls)
    seen: set[str] = set()
    order: list[str] = []
    while queue and len(order) < max_pages:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        order.append(url)
        links = await crawl(url)
        queue.extend(link for link in links if link not in seen)
    return {"crawled": order}
