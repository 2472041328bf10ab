# SDK: wmill 1.850.0 client.py: a task's result is JSON decoded back; mapping, sequence, literal and builtin class patterns (str(), int(), dict(), list()) all match such values.
from wmill import task, workflow


@task()
async def classify(doc_id: str) -> dict:
    return {"kind": "invoice", "pages": [1, 2], "score": 0.97}


@task()
async def route(doc_id: str, queue: str) -> str:
    return f"{doc_id}->{queue}"


@workflow
async def main(doc_id: str):
    match await classify(doc_id):
        case {"kind": "invoice", "pages": [first, *rest]} if first == 1:
            queue = f"invoices-{len(rest) + 1}"
        case {"kind": str(kind), "score": float(score) | int(score)} if score > 0.5:
            queue = kind
        case dict() | list():
            queue = "manual"
        case _:
            queue = "unknown"
    return await route(doc_id, queue)
