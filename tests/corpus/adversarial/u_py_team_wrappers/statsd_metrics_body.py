# SDK: wmill 1.850.0 replays the body after each task; datadog's statsd client sends a UDP packet per call, so the counters are incremented again on every round
from datadog import initialize, statsd
from wmill import task, workflow

initialize(statsd_host="127.0.0.1", statsd_port=8125)


@task()
async def fetch_feed(feed_url: str) -> list[dict]:
    import feedparser

    parsed = feedparser.parse(feed_url)
    return [{"id": e.id, "title": e.title, "link": e.link} for e in parsed.entries]


@task()
async def index_entries(entries: list[dict]) -> int:
    from opensearchpy import OpenSearch

    client = OpenSearch(hosts=["https://search.internal:9200"])
    for e in entries:
        client.index(index="news", id=e["id"], body=e)
    return len(entries)


@workflow
async def main(feeds: list[str]):
    total = 0
    for url in feeds:
        entries = await fetch_feed(url)
        statsd.increment("news.feed.fetched", tags=[f"feed:{url}"])  # expect: WAC101
        total += await index_entries(entries)
    statsd.gauge("news.indexed", total)  # expect: WAC101
    return {"indexed": total}
