# SDK: wmill 1.850.0 _run_workflow_async does `await func(**input_args)`; an async generator workflow cannot be awaited (TypeError before any task runs)
from wmill import task, workflow


@task(timeout=300)
async def render_feed(show_slug: str) -> dict:
    import requests

    r = requests.post(f"https://feeds.internal/shows/{show_slug}/render", timeout=120)
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def purge_cdn(paths: list[str]) -> dict:
    import requests

    r = requests.post("https://cdn.internal/purge", json={"paths": paths}, timeout=60)
    return {"purged": len(paths), "status": r.status_code}


@task()
async def ping_directories(feed_url: str) -> list:
    import requests

    out = []
    for d in ("https://podcasts.apple.com/ping", "https://pubsubhubbub.appspot.com/"):
        out.append(requests.post(d, data={"url": feed_url}, timeout=20).status_code)
    return out


@workflow
async def main(show_slug: str, notify_directories: bool = True):  # expect: WAC004
    feed = await render_feed(show_slug)
    yield {"stage": "rendered", "items": feed["item_count"]}

    purge = await purge_cdn([feed["path"], f"/shows/{show_slug}/"])
    yield {"stage": "purged", **purge}

    if notify_directories:
        codes = await ping_directories(feed["url"])
        yield {"stage": "pinged", "codes": codes}
