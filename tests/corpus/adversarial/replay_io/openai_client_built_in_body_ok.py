# SDK: wmill 1.850.0 client.py step(): the request runs inside the step; building the OpenAI client object in the body sends nothing (the SDK connects on the first request).
from openai import OpenAI

from wmill import step, task, workflow


@task()
async def save(answer: str) -> int:
    return len(answer)


@workflow
async def main(question: str):
    client = OpenAI(timeout=30)
    answer = await step(
        "ask",
        lambda: client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": question}])
        .choices[0]
        .message.content,
    )
    return await save(answer or "")
