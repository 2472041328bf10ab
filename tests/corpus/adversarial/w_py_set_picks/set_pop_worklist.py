# SDK: wmill 1.850.0 client.py — set.pop() of str items returns them in salted-hash order; tasks get keys crawl, crawl_2, ... in that order, which a replay process does not reproduce
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
    pending = set(seed_urls)
    seen: list[str] = []
    while pending and len(seen) < max_pages:
        url = pending.pop()  # expect: WAC105
        seen.append(url)
        for link in await crawl(url):
            if link not in seen:
                pending.add(link)
    return {"crawled": seen}
