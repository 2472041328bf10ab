# SDK: wmill 1.850.0 client.py parallel(items, fn, concurrency=n) gathers fn(item) in batches; each summary is a task (checkpointed by call order), and the combined summary is one more task.
from wmill import parallel, task, workflow

MAX_CHARS = 12_000


@task(timeout=300, retry={"attempts": 2, "delay": 15})
async def summarize(document_url: str) -> dict:
    import httpx
    from openai import OpenAI

    text = httpx.get(document_url, timeout=60).text[:MAX_CHARS]
    out = OpenAI().chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Summarize:\n{text}"}],
    )
    return {"url": document_url, "summary": out.choices[0].message.content}


@task(timeout=300)
async def combine(summaries: list, audience: str) -> str:
    return "\n".join(s["summary"] for s in summaries)


@workflow
async def main(document_urls: list[str], audience: str = "executives", concurrency: int = 4):
    if not document_urls:
        return {"summary": "", "documents": 0}
    unique = list(dict.fromkeys(document_urls))
    summaries = await parallel(unique, summarize, concurrency=concurrency)
    ordered = sorted(summaries, key=lambda s: unique.index(s["url"]))
    return {"summary": await combine(ordered, audience), "documents": len(ordered)}
