# SDK: wmill 1.850.0 client.py: each task call is awaited in the loop; continue / break skip the call, never drop it.
from wmill import task, workflow


@task()
async def archive(doc_id: str) -> dict:
    return {"doc": doc_id, "archived": True}


@workflow
async def main(docs: list[dict]):
    archived = 0
    for doc in docs:
        if doc.get("pinned"):
            continue
        if doc.get("deleted"):
            break
        await archive(doc["id"])
        archived += 1
    return {"archived": archived}
