# SDK: wmill 1.850.0 client.py: the body is replayed from the top after each task suspension; langchain_core's @tool wraps the function in a StructuredTool whose .invoke(input) calls it there and then
"""Draft a research memo: search case law with a LangChain tool, then have a task write the memo."""

import requests
from langchain_core.tools import tool

from wmill import task, workflow

CASELAW_API = "https://api.caselaw.example/v1/search"


@tool
def search_case_law(query: str, jurisdiction: str = "ny") -> list[dict]:
    """Search published opinions."""
    r = requests.get(CASELAW_API, params={"q": query, "jurisdiction": jurisdiction}, timeout=30)
    r.raise_for_status()
    return r.json()["results"][:8]


@task(timeout=300)
async def write_memo(question: str, opinions: list[dict]) -> str:
    from anthropic import AsyncAnthropic

    msg = await AsyncAnthropic().messages.create(
        model="claude-sonnet-4-5",
        max_tokens=2000,
        messages=[{"role": "user", "content": f"Question: {question}\n\nOpinions: {opinions}"}],
    )
    return msg.content[0].text


@task
async def file_memo(matter_id: str, memo: str) -> str:
    async with __import__("httpx").AsyncClient() as http:
        r = await http.post(f"https://cases.lawfirm.example/api/matters/{matter_id}/memos", json={"body": memo})
        r.raise_for_status()
        return r.json()["id"]


@workflow
async def main(matter_id: str, question: str, jurisdiction: str = "ny"):
    opinions = search_case_law.invoke({"query": question, "jurisdiction": jurisdiction})  # expect: WAC101
    memo = await write_memo(question, opinions)
    memo_id = await file_memo(matter_id, memo)
    return {"memo": memo_id, "cited": [o["citation"] for o in opinions]}
