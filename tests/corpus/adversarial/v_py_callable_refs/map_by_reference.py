# SDK: wmill 1.850.0: map() in the body calls the function it is given for each item, in every round
"""Cache warmer: purge CDN paths, then rebuild the pages in tasks."""
import requests
from wmill import task, workflow

CDN = "https://api.fastly.example/service/SVC123/purge"


@task()
async def rebuild_page(path: str) -> dict:
    import httpx

    r = httpx.post("https://builder.internal.example/render", json={"path": path}, timeout=120)
    r.raise_for_status()
    return {"path": path, "bytes": len(r.content)}


def purge_url(path: str) -> str:
    return f"{CDN}{path}"


@workflow
async def main(paths: list[str]):
    urls = list(map(purge_url, paths))
    purged = list(map(requests.post, urls))  # expect: WAC101
    pages = [await rebuild_page(p) for p in paths]
    return {"purged": sum(1 for r in purged if r.ok), "rebuilt": len(pages)}
