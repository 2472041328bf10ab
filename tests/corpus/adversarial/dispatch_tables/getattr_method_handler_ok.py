# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; every `_render_*` method `getattr` can reach only formats its payload.
from wmill import task, workflow


class Renderer:
    def render(self, kind: str, payload: dict) -> str:
        return getattr(self, f"_render_{kind}")(payload)

    def _render_invoice(self, payload: dict) -> str:
        return f"Invoice {payload['number']}: {payload['total']:.2f}"

    def _render_receipt(self, payload: dict) -> str:
        return f"Receipt for {payload['number']}"


@task()
async def fetch_document(doc_id: str) -> dict:
    return {"kind": "invoice", "payload": {"number": doc_id, "total": 12.5}}


@task()
async def deliver(doc_id: str, text: str) -> bool:
    return True


@workflow
async def main(doc_id: str):
    doc = await fetch_document(doc_id)
    text = Renderer().render(doc["kind"], doc["payload"])
    return await deliver(doc_id, text)
