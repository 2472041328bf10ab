# SDK: wmill 1.850.0 client.py: the body replays after every task suspension; QdrantClient(url=...) talks to a server, so an upsert in the body writes again in every round
"""Index the clauses of a signed contract in the firm's Qdrant collection."""

import os
import uuid

from qdrant_client import QdrantClient
from qdrant_client.models import PointStruct

from wmill import task, workflow

CLAUSE_NS = uuid.UUID("6f1c1b52-8a0e-4d4e-9f55-2a3f7b1d9c10")

qdrant = QdrantClient(url=os.environ.get("QDRANT_URL", "http://qdrant.internal:6333"))


@task(timeout=300)
async def embed(texts: list[str]) -> list[list[float]]:
    from openai import AsyncOpenAI

    resp = await AsyncOpenAI().embeddings.create(model="text-embedding-3-small", input=texts)
    return [d.embedding for d in resp.data]


@task
async def mark_indexed(contract_id: str, count: int) -> None:
    import httpx

    async with httpx.AsyncClient() as http:
        await http.patch(f"https://cases.lawfirm.example/api/contracts/{contract_id}", json={"indexed_clauses": count})


@workflow
async def main(contract_id: str, clauses: list[dict]):
    vectors = await embed([c["text"] for c in clauses])
    points = [
        PointStruct(
            id=str(uuid.uuid5(CLAUSE_NS, f"{contract_id}:{c['number']}")),
            vector=v,
            payload={"contract": contract_id, "number": c["number"], "heading": c["heading"]},
        )
        for c, v in zip(clauses, vectors)
    ]
    qdrant.upsert(collection_name="clauses", points=points)  # expect: WAC101
    await mark_indexed(contract_id, len(points))
    return {"indexed": len(points)}
