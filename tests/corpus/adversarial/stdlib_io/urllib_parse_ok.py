# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `urllib.parse` only splits and joins strings.
from urllib.parse import parse_qs, quote, urlencode, urljoin, urlsplit

from wmill import task, workflow


@task()
async def fetch_page(url: str) -> dict:
    return {"items": [], "next": None}


@workflow
async def main(base: str, query: str, tags: list[str]):
    url = urljoin(base, "/search") + "?" + urlencode({"q": query, "tag": tags}, doseq=True)
    host = urlsplit(url).hostname
    params = parse_qs(urlsplit(url).query)
    page = await fetch_page(url)
    return {"host": host, "q": params["q"][0], "slug": quote(query, safe=""), "page": page}
