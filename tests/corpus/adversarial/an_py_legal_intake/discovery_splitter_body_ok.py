# SDK: wmill 1.850.0 client.py: task() checkpoints each dispatched call; llama-index's SentenceSplitter only cuts text in memory, so the body may split in every round and hand the chunks to a task that embeds and retrieves
"""Answer a discovery question: chunk in the body, embed and retrieve in a task."""

from llama_index.core import Document
from llama_index.core.node_parser import SentenceSplitter

from wmill import task, workflow


@task(timeout=300)
async def load_production(production_id: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get(f"https://ediscovery.lawfirm.example/productions/{production_id}/documents")
        r.raise_for_status()
        return r.json()


@task(timeout=900)
async def retrieve(chunks: list[dict], question: str, top_k: int = 6) -> list[dict]:
    from llama_index.core import VectorStoreIndex
    from llama_index.core.schema import TextNode

    nodes = [TextNode(text=c["text"], metadata={"bates": c["bates"]}) for c in chunks]
    hits = VectorStoreIndex(nodes).as_retriever(similarity_top_k=top_k).retrieve(question)
    return [{"text": h.node.get_content(), "bates": h.node.metadata["bates"]} for h in hits]


@task(timeout=300)
async def draft_answer(question: str, passages: list[str]) -> str:
    from openai import AsyncOpenAI

    resp = await AsyncOpenAI().chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": f"{question}\n\nPassages:\n" + "\n---\n".join(passages)}],
    )
    return resp.choices[0].message.content


@workflow
async def main(production_id: str, question: str):
    rows = await load_production(production_id)
    docs = [Document(text=row["text"], metadata={"bates": row["bates"]}) for row in rows]
    nodes = SentenceSplitter(chunk_size=512, chunk_overlap=64).get_nodes_from_documents(docs)
    chunks = [{"text": n.get_content(), "bates": n.metadata["bates"]} for n in nodes]
    hits = await retrieve(chunks, question)
    answer = await draft_answer(question, [h["text"] for h in hits])
    return {"answer": answer, "bates": [h["bates"] for h in hits]}
