# SDK: wmill 1.850.0 client.py task(): a @task body runs once as its own child job; the LLM call belongs there.
from openai import OpenAI

from wmill import task, workflow

llm = OpenAI()


@task(timeout=120)
async def summarise(text: str) -> str:
    completion = llm.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Summarise."}, {"role": "user", "content": text}],
    )
    return completion.choices[0].message.content or ""


@task()
async def store_summary(doc_id: str, summary: str) -> dict:
    return {"doc": doc_id, "chars": len(summary)}


@workflow
async def main(doc_id: str, text: str):
    summary = await summarise(text)
    return await store_summary(doc_id, summary)
