# SDK: wmill 1.850.0 client.py: the workflow body runs again in every round (task() suspends through _StepSuspend and the next round replays from the top), so a LangChain runnable invoked in the body calls the model once per round
"""Triage a new legal matter: classify it with an LLM, then open it in the case system.

Written with an assistant from the LangChain quickstart, then moved into Windmill.
"""

from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI

from wmill import task, workflow

llm = ChatOpenAI(model="gpt-4o-mini", temperature=0)

prompt = ChatPromptTemplate.from_messages(
    [
        ("system", "You label legal intake requests. Answer with one of: employment, lease, ip, other."),
        ("human", "{text}"),
    ]
)

classify_chain = prompt | llm | StrOutputParser()


@task(timeout=120)
async def open_matter(client_id: str, practice_area: str, summary: str) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url="https://cases.lawfirm.example/api") as http:
        r = await http.post("/matters", json={"client": client_id, "area": practice_area, "summary": summary})
        r.raise_for_status()
        return r.json()


@task
async def assign_partner(matter_id: str, practice_area: str) -> str:
    import httpx

    async with httpx.AsyncClient(base_url="https://cases.lawfirm.example/api") as http:
        r = await http.post(f"/matters/{matter_id}/assign", json={"area": practice_area})
        r.raise_for_status()
        return r.json()["partner"]


@workflow
async def main(client_id: str, request_text: str):
    area = classify_chain.invoke({"text": request_text}).strip().lower()  # expect: WAC101
    if area not in {"employment", "lease", "ip"}:
        area = "other"
    matter = await open_matter(client_id, area, request_text[:500])
    partner = await assign_partner(matter["id"], area)
    return {"matter": matter["id"], "area": area, "partner": partner}
