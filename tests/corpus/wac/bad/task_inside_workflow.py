# MISTAKE: a task is defined inside the workflow body instead of at module top
# level, so it gets no stable top-level name (Windmill's parser does not see it).
from wmill import task, workflow
import requests


@task()
async def save_summaries(summaries: list) -> int:
    requests.post("https://kb.example/api/summaries", json=summaries, timeout=60).raise_for_status()
    return len(summaries)


@workflow
async def main(urls: list):
    @task(timeout=120)  # expect: WAC003
    async def summarize_page(url: str) -> dict:
        html = requests.get(url, timeout=30).text
        resp = requests.post("https://llm-gateway.example/v1/summarize", json={"html": html}, timeout=90)
        return {"url": url, "summary": resp.json()["summary"]}

    summaries = []
    for url in urls:
        summary = await summarize_page(url)
        summaries.append(summary)
    saved = await save_summaries(summaries)
    return {"saved": saved}
