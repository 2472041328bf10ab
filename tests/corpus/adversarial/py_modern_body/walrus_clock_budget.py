# SDK: wmill 1.850.0 client.py workflow(): the body re-runs after every suspension, so the walrus's time.monotonic() read decides the branch differently in each round (the loop stops at another task on replay).
import time

from wmill import task, workflow


@task()
async def crawl(url: str) -> list[str]:
    import httpx

    return [link for link in httpx.get(url).text.split() if link.startswith("http")][:20]


@workflow
async def main(seed_url: str, budget_seconds: float = 600.0):
    started = time.monotonic()  # expect: WAC102
    frontier = [seed_url]
    seen: list[str] = []
    while frontier:
        if (elapsed := time.monotonic() - started) > budget_seconds:  # expect: WAC102
            return {"seen": seen, "stopped_after": elapsed}
        url = frontier.pop(0)
        seen.append(url)
        links = await crawl(url)
        frontier.extend(link for link in links if link not in seen)
    return {"seen": seen}
