# SDK: wmill 1.850.0 client.py: an un-awaited task call is put in ctx._pending and dispatched at the end, but its result and failure are lost.
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
        archive(doc["id"])  # expect: WAC106
        archived += 1
    return {"archived": archived}
