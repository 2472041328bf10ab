# SDK: wmill 1.850.0 client.py: task() dispatches the model call once and replays its checkpointed result; rendering a ChatPromptTemplate (format / format_messages) only fills strings in memory, so it may run in every round
"""Triage a new legal matter: the prompt is rendered in the body, the model runs in a task."""

from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI

from wmill import task, workflow

prompt = ChatPromptTemplate.from_messages(
    [
        ("system", "You label legal intake requests. Answer with one of: employment, lease, ip, other."),
        ("human", "{text}"),
    ]
)


@task(timeout=120)
async def classify(rendered: list[dict]) -> str:
    llm = ChatOpenAI(model="gpt-4o-mini", temperature=0)
    chain = llm | StrOutputParser()
    return chain.invoke([(m["role"], m["content"]) for m in rendered]).strip().lower()


@task(timeout=120)
async def open_matter(client_id: str, practice_area: str, summary: str) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url="https://cases.lawfirm.example/api") as http:
        r = await http.post("/matters", json={"client": client_id, "area": practice_area, "summary": summary})
        r.raise_for_status()
        return r.json()


@workflow
async def main(client_id: str, request_text: str):
    messages = prompt.format_messages(text=request_text)
    rendered = [{"role": "system" if m.type == "system" else "user", "content": m.content} for m in messages]
    area = await classify(rendered)
    if area not in ("employment", "lease", "ip"):
        area = "other"
    matter = await open_matter(client_id, area, request_text[:500])
    return {"matter": matter["id"], "area": area}
