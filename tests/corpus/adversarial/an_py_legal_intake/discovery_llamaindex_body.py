# SDK: wmill 1.850.0 client.py: the body is replayed from the top after each suspension; llama-index's VectorStoreIndex(nodes) embeds every node through Settings.embed_model (OpenAI by default) as it is built, and retriever.retrieve embeds the question
"""Answer a discovery question over a production set with llama-index."""

from llama_index.core import Document, VectorStoreIndex
from llama_index.core.node_parser import SentenceSplitter

from wmill import task, workflow


@task(timeout=300)
async def load_production(production_id: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.get(f"https://ediscovery.lawfirm.example/productions/{production_id}/documents")
        r.raise_for_status()
        return r.json()


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
    index = VectorStoreIndex(nodes)  # expect: WAC101
    hits = index.as_retriever(similarity_top_k=6).retrieve(question)  # expect: WAC101
    answer = await draft_answer(question, [h.node.get_content() for h in hits])
    return {"answer": answer, "bates": [h.node.metadata["bates"] for h in hits]}
