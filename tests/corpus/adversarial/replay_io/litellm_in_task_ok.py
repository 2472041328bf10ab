# SDK: wmill 1.850.0 client.py task(): the LiteLLM completion runs once inside the task's job.
import litellm

from wmill import task, workflow


@task(timeout=120)
async def classify(text: str) -> str:
    resp = await litellm.acompletion(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
    return resp.choices[0].message.content or ""


@workflow
async def main(texts: list[str]):
    labels = [await classify(t) for t in texts]
    return dict(zip(texts, labels))
