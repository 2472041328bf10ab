# SDK: wmill 1.850.0 client.py: a task runs once as its own job; the Qdrant client is kept at module level and used only there, the points are built in the body.
from qdrant_client import QdrantClient
from qdrant_client.models import PointStruct

from wmill import task, workflow

qdrant = QdrantClient(url="http://qdrant:6333")


@task()
async def embed(text: str) -> list[float]:
    return [0.1, 0.2, 0.3]


@task()
async def upsert(collection: str, points: list[dict]) -> int:
    qdrant.upsert(collection_name=collection, points=[PointStruct(**p) for p in points])
    return len(points)


@workflow
async def main(doc_id: int, text: str):
    vector = await embed(text)
    points = [{"id": doc_id, "vector": vector, "payload": {"text": text}}]
    return await upsert("docs", points)
