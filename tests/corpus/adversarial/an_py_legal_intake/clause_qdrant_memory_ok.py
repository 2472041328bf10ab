# SDK: wmill 1.850.0 client.py: the body replays after each suspension; QdrantClient(":memory:") is qdrant-client's local mode (an in-process store, rebuilt the same way in every round from the checkpointed vectors), so its upsert and query touch nothing outside
"""Drop near-duplicate clauses before review, using an in-memory Qdrant as a scratch index."""

from qdrant_client import QdrantClient
from qdrant_client.models import Distance, PointStruct, VectorParams

from wmill import task, workflow


@task(timeout=300)
async def embed(texts: list[str]) -> list[list[float]]:
    from openai import AsyncOpenAI

    resp = await AsyncOpenAI().embeddings.create(model="text-embedding-3-small", input=texts)
    return [d.embedding for d in resp.data]


@task(timeout=600)
async def review(clauses: list[str]) -> list[dict]:
    from openai import AsyncOpenAI

    resp = await AsyncOpenAI().chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": "Flag risky clauses:\n" + "\n\n".join(clauses)}]
    )
    return [{"notes": resp.choices[0].message.content}]


@workflow
async def main(clauses: list[str], threshold: float = 0.97):
    vectors = await embed(clauses)
    scratch = QdrantClient(":memory:")
    scratch.create_collection("dedupe", vectors_config=VectorParams(size=len(vectors[0]), distance=Distance.COSINE))
    kept: list[int] = []
    for i, v in enumerate(vectors):
        if kept:
            best = scratch.query_points("dedupe", query=v, limit=1).points
            if best and best[0].score >= threshold:
                continue
        scratch.upsert("dedupe", points=[PointStruct(id=i, vector=v)])
        kept.append(i)
    return await review([clauses[i] for i in kept])
