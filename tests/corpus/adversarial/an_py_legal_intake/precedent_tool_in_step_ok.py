# SDK: wmill 1.850.0 client.py: step(name, fn) runs fn once in the round that reaches it and checkpoints its JSON result (_run_inline_step); later rounds return the stored list without calling the tool
"""Draft a research memo: the LangChain tool runs inside a step."""

import requests
from langchain_core.tools import tool

from wmill import step, task, workflow

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


@workflow
async def main(matter_id: str, question: str, jurisdiction: str = "ny"):
    opinions = await step(
        "search", lambda: search_case_law.invoke({"query": question, "jurisdiction": jurisdiction})
    )
    memo = await write_memo(question, opinions)
    return {"matter": matter_id, "memo": memo, "cited": [o["citation"] for o in opinions]}
