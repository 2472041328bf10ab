# SDK: wmill 1.850.0 client.py task(_func=None, ...): `@task` without parentheses and `@task(path=...)` both return the dispatching wrapper.
from wmill import task, workflow


@task
async def tokenize(text: str) -> list[str]:
    return text.lower().split()


@task(path="f/nlp/embed", timeout=600, tag="gpu")
async def embed(tokens: list[str]) -> list[float]:
    return [float(len(t)) for t in tokens]


@workflow
async def main(documents: list[str]):
    vectors = []
    for doc in documents:
        vectors.append(await embed(await tokenize(doc)))
    return {"documents": len(documents), "dims": len(vectors[0]) if vectors else 0}
